Attribute VB_Name = "VNCPC_Ribbon"
' Ribbon callbacks of the VNCPC add-in (addin/customUI/customUI14.xml).
' Each button runs one action of the Python module vncpc_xl.ribbon through xlwings' RunPython;
' the actions talk to the user themselves (in Vietnamese), so no text is shown from here.
Option Explicit

Private Sub EnsureWorkbook()
    ' RunPython needs an active workbook: with none open, start from an empty one.
    If ActiveWorkbook Is Nothing Then Workbooks.Add
End Sub

' --- Bieu mau (new workbooks) ---

Sub NewAudit(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.new_audit()"
End Sub

Sub NewTraining(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.new_training()"
End Sub

Sub NewKpi(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.new_kpi()"
End Sub

Sub NewCentre(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.new_centre()"
End Sub

' --- Tinh toan (the active workbook) ---

Sub Recalculate(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.recalculate()"
End Sub

Sub ValidateWorkbook(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.validate()"
End Sub

' --- Bao cao (the folder of the active workbook) ---

Sub MakeReport(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.report()"
End Sub

Sub OpenFolder(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.open_folder()"
End Sub

' --- Tro giup ---

Sub ShowVersion(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.version()"
End Sub

Sub RunDoctor(control As IRibbonControl)
    EnsureWorkbook
    RunPython "import vncpc_xl.ribbon as r; r.doctor()"
End Sub
