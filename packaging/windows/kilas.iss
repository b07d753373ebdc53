; Inno Setup 6 script for Kilas (per-user install, no admin rights).
; Built after `python packaging\build.py --out dist` by:
;   ISCC /DSourceDir=..\..\dist\kilas /DAppVersion=0.1.0 packaging\windows\kilas.iss
; UNTESTED here (written on Linux, by reading the Inno Setup documentation).
; The user's workspaces, settings, logs and models live in the user's own folders
; (%LOCALAPPDATA%\Kilas, Documents), never in {app}: uninstall removes only {app}.

#ifndef SourceDir
  #define SourceDir "..\..\dist\kilas"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1B2C4E-9A47-4C1D-9E0B-4B1A7C2D5E11}
AppName=Kilas
AppVersion={#AppVersion}
AppPublisher=Kilas
DefaultDirName={localappdata}\Programs\Kilas
DefaultGroupName=Kilas
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Kilas-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kilas.exe
ShowLanguageDialog=auto

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller onedir folder: kilas.exe, kilas-cli.exe, _internal\ (and models\ when
; the build was made with --model).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Kilas"; Filename: "{app}\kilas.exe"
Name: "{group}\{cm:UninstallProgram,Kilas}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Kilas"; Filename: "{app}\kilas.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kilas.exe"; Description: "{cm:LaunchProgram,Kilas}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put in {app}; nothing under the user's data folders.
Type: filesandordirs; Name: "{app}\_internal"
