@echo off
rem vncpc-xl @VERSION@ - installs for this Windows user only: no admin rights, no internet.
rem Double-click it from the unzipped folder. Safe to run again: it repairs or updates what is there.
setlocal EnableExtensions
chcp 65001 >nul
set "HERE=%~dp0"
set "WHEELS=%HERE%wheelhouse"
set "APP=%LOCALAPPDATA%\vncpc-xl"
set "VENV=%APP%\venv"
set "LOG=%APP%\cai-dat.log"
set "REPORT=%APP%\tu-kiem-tra.txt"
if not exist "%APP%" mkdir "%APP%"
>>"%LOG%" echo ==== %DATE% %TIME% setup.cmd vncpc-xl @VERSION@ from %HERE%
echo Cài đặt vncpc-xl @VERSION@ cho người dùng %USERNAME% - không cần quyền quản trị, không cần Internet.
echo.

if not exist "%WHEELS%\" goto :no_wheelhouse
tasklist /FI "IMAGENAME eq EXCEL.EXE" 2>nul | find /I "EXCEL.EXE" >nul
if not errorlevel 1 goto :excel_open

echo [1/4] Tìm Python 3.11, 3.12 hoặc 3.13...
call :find_python
if defined PY goto :have_python
set "INSTALLER="
for %%V in (3.13 3.12 3.11) do for %%F in ("%HERE%python-%%V.*-amd64.exe") do if not defined INSTALLER set "INSTALLER=%%~fF"
if not defined INSTALLER goto :no_python
echo       Máy chưa có Python: đang cài %INSTALLER% cho riêng bạn, vài phút...
>>"%LOG%" echo installing %INSTALLER%
"%INSTALLER%" /quiet InstallAllUsers=0 Include_launcher=1 PrependPath=0 >>"%LOG%" 2>&1
call :find_python
if not defined PY goto :installer_failed
:have_python
echo       Python: %PY%
>>"%LOG%" echo python: %PY%

echo [2/4] Môi trường Python của vncpc-xl: %VENV%
if exist "%VENV%\Scripts\python.exe" "%VENV%\Scripts\python.exe" -c "import sys" >nul 2>&1 && goto :have_venv
if exist "%VENV%" rmdir /s /q "%VENV%"
"%PY%" -m venv "%VENV%" >>"%LOG%" 2>&1
if errorlevel 1 goto :venv_failed
:have_venv

echo [3/4] Cài vncpc-xl từ thư mục wheelhouse...
"%VENV%\Scripts\python.exe" -m pip install --disable-pip-version-check --no-index --find-links "%WHEELS%" --upgrade "vncpc-xl==@VERSION@" >>"%LOG%" 2>&1
if errorlevel 1 goto :pip_failed

echo [4/4] Cài add-in vào Excel và tự kiểm tra...
"%VENV%\Scripts\vncpc-xl.exe" addin install >>"%LOG%" 2>&1
if errorlevel 1 goto :addin_failed
copy /Y "%HERE%go-cai-dat.cmd" "%APP%\go-cai-dat.cmd" >nul
"%VENV%\Scripts\vncpc-xl.exe" addin doctor --save "%REPORT%"
set "DOCTOR=%ERRORLEVEL%"
type "%REPORT%" >>"%LOG%" 2>nul
echo.
if not "%DOCTOR%"=="0" goto :doctor_failed
echo XONG. Mở Excel: tab VNCPC đã có. Làm theo phần KIỂM TRA TRONG EXCEL ở trên, hoặc trong HUONG-DAN-CAI-DAT.txt.
goto :finish

:doctor_failed
echo ĐÃ CÀI, nhưng tự kiểm tra có dòng ✗ ở trên: làm theo hướng dẫn của dòng đó, hoặc gửi tệp %REPORT% cho người hỗ trợ.
goto :finish

:no_wheelhouse
echo Không thấy thư mục wheelhouse cạnh setup.cmd: hãy giải nén TOÀN BỘ tệp zip vào một thư mục rồi chạy setup.cmd từ thư mục đó, không chạy từ trong cửa sổ xem tệp zip.
goto :failed

:excel_open
echo Excel đang mở: hãy lưu và đóng mọi cửa sổ Excel, rồi chạy lại setup.cmd.
goto :failed

:no_python
echo Không tìm thấy Python 3.11, 3.12 hoặc 3.13 trên máy này, và cạnh setup.cmd không có tệp cài đặt Python.
echo Hãy tải tệp "Windows installer 64-bit" của Python 3.12 tại https://www.python.org/downloads/windows/
echo - tên tệp dạng python-3.12.x-amd64.exe - chép vào cùng thư mục với setup.cmd, rồi chạy lại setup.cmd.
echo Không cần quyền quản trị: setup.cmd tự cài Python cho riêng bạn.
goto :failed

:installer_failed
echo Đã chạy %INSTALLER% nhưng vẫn không tìm thấy Python. Hãy chạy tệp đó bằng tay - chọn "Install Now", bỏ chọn "for all users" - rồi chạy lại setup.cmd.
goto :failed

:venv_failed
echo Không tạo được môi trường Python trong %VENV%. Xem nhật ký; thường do ổ đĩa đầy hoặc phần mềm diệt virus chặn.
goto :failed

:pip_failed
echo Không cài được vncpc-xl từ wheelhouse: xem các dòng cuối của nhật ký. Bộ cài này dành cho Python 3.11 đến 3.13, Windows 64-bit.
goto :failed

:addin_failed
echo Không chép được add-in vào thư mục XLSTART của Excel: hãy đóng Excel rồi chạy lại setup.cmd.
goto :failed

:failed
>>"%LOG%" echo FAILED
echo.
echo CHƯA CÀI XONG. Nhật ký cài đặt: %LOG%
pause
exit /b 1

:finish
>>"%LOG%" echo done, doctor exit %DOCTOR%
echo.
echo Nhật ký cài đặt: %LOG%
echo Kết quả tự kiểm tra: %REPORT%
echo Gỡ cài đặt: chạy %APP%\go-cai-dat.cmd
pause
exit /b 0

:find_python
rem Sets PY to the full path of a Python 3.11-3.13: the py launcher first, then python on PATH, then the
rem per-user folders a python.org installer uses (PATH is not updated in this window after installing).
set "PY="
for %%V in (3.13 3.12 3.11) do if not defined PY call :try_python py -%%V
if not defined PY call :try_python python
for %%V in (313 312 311) do if not defined PY if exist "%LOCALAPPDATA%\Programs\Python\Python%%V\python.exe" call :try_python "%LOCALAPPDATA%\Programs\Python\Python%%V\python.exe"
exit /b 0

:try_python
rem The Microsoft Store's python.exe stand-in fails here (exit code 9009), as does any other version.
%* -c "import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 13) else 1)" >nul 2>&1
if errorlevel 1 exit /b 0
%* -c "import sys; open(sys.argv[1], 'w').write(sys.executable)" "%TEMP%\vncpc-xl-python.txt" >nul 2>&1
if errorlevel 1 exit /b 0
set /p PY=<"%TEMP%\vncpc-xl-python.txt"
del "%TEMP%\vncpc-xl-python.txt" >nul 2>&1
exit /b 0
