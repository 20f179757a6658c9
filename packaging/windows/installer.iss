; Inno Setup 6 script: the per-machine installer for wing terminals.
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\installer.iss
; run from the repository root after `pyinstaller packaging\workbench.spec` has built dist\workbench\.
; Output: dist\offender-supervisor-workbench-<version>-setup.exe
;
; Installs into Program Files for every user of the PC (administrator rights to install, none to run),
; with a Start-menu entry. Each Windows user's data (encrypted database, profile, logs) lives in
; %LOCALAPPDATA%\offender-supervisor-workbench and its key in the Windows Credential Locker: the installer
; never writes there, and uninstalling removes only the program files, so the data is kept.
; Managed desktops: setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART (uninstall: unins000.exe /VERYSILENT).
; Only checked on paper here (no Windows in this CI): tests/unit/test_packaging.py compares the [Files]
; list with the build layout; .github/workflows/windows.yml builds, installs and self-tests it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Offender Supervisor Workbench"
#define BuildDir "..\..\dist\workbench"

[Setup]
; The AppId identifies the installation across upgrades: never change it.
AppId={{6D1F2B8E-3C47-4E0A-9B5D-7A2C91E4F0B3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Offender Management Unit software team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=offender-supervisor-workbench-{#AppVersion}-setup
SetupIconFile=workbench.ico
UninstallDisplayIcon={app}\workbenchw.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running workbench first (its data is saved as it is typed; see README).
CloseApplications=yes
RestartApplications=no

[Files]
; The one-folder build as PyInstaller lays it out: the two executables and the _internal folder.
Source: "{#BuildDir}\workbench.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\workbenchw.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole _internal folder, so no file of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\workbenchw.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\workbenchw.exe"; Description: "Start the {#AppName}"; Flags: nowait postinstall skipifsilent
