Attribute VB_Name = "VNCPC_Ribbon"
' Ribbon callbacks of the VNCPC add-in (addin/customUI/customUI14.xml).
' Each button runs vncpc_xl.ribbon.run with its action's name through xlwings' RunPython; Python talks to
' the user itself (in Vietnamese), so the only text shown from here is the one for Python not starting.
Option Explicit

Private Sub RunAction(action As String)
    ' xlwings' RunPython hands Python the active workbook (Book.caller), so one must be open. With none, an
    ' empty scratch workbook stands in, Python is told so, and the scratch is closed again afterwards:
    ' no empty workbook is left behind.
    Dim scratch As Workbook
    Dim workbookOpen As String
    workbookOpen = "True"
    If ActiveWorkbook Is Nothing Then
        Set scratch = Workbooks.Add
        workbookOpen = "False"
    End If
    On Error GoTo Failed
    RunPython "import vncpc_xl.ribbon as r; r.run('" & action & "', " & workbookOpen & ")"
Done:
    On Error Resume Next
    If Not scratch Is Nothing Then scratch.Close SaveChanges:=False
    Exit Sub
Failed:
    ' Python did not start (not installed, moved, or a different version): no Python, so no Vietnamese
    ' letters either (VBA strings are ANSI); the message says what to do in plain ASCII.
    MsgBox "VNCPC: khong chay duoc Python cua vncpc-xl (" & Err.Description & ")." & vbNewLine & _
           "Hay chay lai setup.cmd, hoac mo Command Prompt va go: vncpc-xl addin doctor", _
           vbCritical, "VNCPC"
    Resume Done
End Sub

' --- Bieu mau (new workbooks) ---

Sub NewAudit(control As IRibbonControl)
    RunAction "new_audit"
End Sub

Sub NewTraining(control As IRibbonControl)
    RunAction "new_training"
End Sub

Sub NewKpi(control As IRibbonControl)
    RunAction "new_kpi"
End Sub

Sub NewCentre(control As IRibbonControl)
    RunAction "new_centre"
End Sub

Sub UpgradeWorkbook(control As IRibbonControl)
    RunAction "upgrade"
End Sub

' --- Tinh toan (the active workbook) ---

Sub Recalculate(control As IRibbonControl)
    RunAction "recalculate"
End Sub

Sub ValidateWorkbook(control As IRibbonControl)
    RunAction "validate"
End Sub

' --- Bao cao (the folder of the active workbook) ---

Sub MakeReport(control As IRibbonControl)
    RunAction "report"
End Sub

Sub ArchiveYear(control As IRibbonControl)
    RunAction "archive"
End Sub

Sub OpenFolder(control As IRibbonControl)
    RunAction "open_folder"
End Sub

' --- Tro giup ---

Sub ShowVersion(control As IRibbonControl)
    RunAction "version"
End Sub

Sub RunDoctor(control As IRibbonControl)
    RunAction "doctor"
End Sub
