; Inno Setup script of the CLC Desktop installer for Windows (Inno Setup 6.3 or newer).
;
; Built by .github/workflows/windows-installer.yml on a Windows runner, after
; PyInstaller has made dist\clc-desktop\ from packaging\clc-desktop.spec:
;
;     ISCC.exe /DAppVersion=0.1.0 packaging\clc-desktop.iss
;
; It cannot be compiled or tried on the project's Linux machines (see packaging/README.md).
;
; What it promises:
; * a per-user install that needs no administrator rights (PrivilegesRequired=lowest):
;   the program goes to %LOCALAPPDATA%\Programs\CLC Desktop, with a Start-menu entry;
; * a new version installs over the old one (same AppId) and replaces the old program
;   files completely ([InstallDelete] of the bundle's _internal folder);
; * the uninstaller removes the program and nothing else. The centre's data lives in
;   %LOCALAPPDATA%\CLC Desktop (clc-desktop.db and its backups folder) and the settings in
;   %APPDATA%\CLC Desktop: neither is ever named in [UninstallDelete] or [InstallDelete],
;   and the uninstaller only deletes the files it installed.
;   tests/test_packaging.py checks these lines stay so.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=X.Y.Z packaging\clc-desktop.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\clc-desktop"
#endif
#define AppName "CLC Desktop"
#define AppExe "clc-desktop.exe"

[Setup]
; Never change the AppId: it is how a new version finds the installed one.
AppId={{6E0C3A52-8B4B-4E57-9C1D-3F1C2D7A4B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs here.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
; The folder is fixed, so it can never be pointed at the data folder.
DisableDirPage=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running CLC Desktop before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename=clc-desktop-{#AppVersion}-setup
SetupIconFile=..\resources\icons\clc-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships no Vietnamese wizard translation; see packaging/README.md.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (a new version may drop some); never user data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only what [Files] installed, and
; the folder {app} if it is then empty. The data folder is left as it is.
