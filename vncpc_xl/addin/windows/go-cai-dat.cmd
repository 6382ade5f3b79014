@echo off
rem vncpc-xl @VERSION@ - uninstall for this Windows user: the add-in leaves Excel, the Python environment is
rem deleted. Workbooks, reports, the archive and Python itself stay.
setlocal EnableExtensions
chcp 65001 >nul
set "APP=%LOCALAPPDATA%\vncpc-xl"
set "VENV=%APP%\venv"
set "LOG=%APP%\cai-dat.log"
if not exist "%APP%" mkdir "%APP%"
>>"%LOG%" echo ==== %DATE% %TIME% go-cai-dat.cmd
tasklist /FI "IMAGENAME eq EXCEL.EXE" 2>nul | find /I "EXCEL.EXE" >nul
if not errorlevel 1 goto :excel_open
if exist "%VENV%\Scripts\vncpc-xl.exe" "%VENV%\Scripts\vncpc-xl.exe" addin remove >>"%LOG%" 2>&1
if exist "%VENV%" rmdir /s /q "%VENV%"
echo Đã gỡ vncpc-xl: tab VNCPC không còn trong Excel, môi trường Python của vncpc-xl đã xóa.
echo Các sổ Excel, báo cáo và kho dữ liệu của bạn vẫn còn nguyên. Nhật ký: %LOG%
pause
exit /b 0

:excel_open
echo Excel đang mở: hãy lưu và đóng mọi cửa sổ Excel, rồi chạy lại go-cai-dat.cmd.
pause
exit /b 1
