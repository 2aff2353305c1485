; Inno Setup 6 script: Facilitator's installer for Windows.
;
; Installs per user, without administrator rights (into %LOCALAPPDATA%\Programs\Facilitator):
; a Start-menu entry, the .facilitator file type (and "Open with" for .sqlite), and an
; uninstaller in Settings -> Apps. IT can install it for every user of a machine instead with
; /ALLUSERS from an elevated prompt (then into Program Files). Silent install for deployment:
;     Facilitator-<version>-windows-x86_64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Built by .github/workflows/release.yml after `make dist`'s steps, from the repository root:
;     iscc /DAppVersion=<version> packaging\windows\facilitator.iss
; It packs dist\Facilitator (the frozen folder) and uses build\icons\facilitator.ico.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=x.y.z packaging\windows\facilitator.iss
#endif
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId identifies Facilitator to Windows across versions: never change it.
AppId={{5DAF7FD5-D3FF-4E81-903F-93086FCB6CA5}
AppName=Facilitator
AppVersion={#AppVersion}
AppVerName=Facilitator {#AppVersion}
AppPublisher=The Facilitator developers
AppPublisherURL=https://github.com/facilitator-se/facilitator
AppSupportURL=https://github.com/facilitator-se/facilitator/issues
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Facilitator
DefaultGroupName=Facilitator
DisableProgramGroupPage=yes
; No administrator rights: {autopf} is then %LOCALAPPDATA%\Programs and HKA is HKCU.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\build\icons\facilitator.ico
UninstallDisplayIcon={app}\facilitator.exe
UninstallDisplayName=Facilitator
OutputDir={#Root}\dist
OutputBaseFilename=Facilitator-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Facilitator may be running (a lead's file is open): close it first, reopen it after.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole frozen folder, replaced on every update (no stale libraries left from an older Qt).
Source: "{#Root}\dist\Facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Facilitator"; Filename: "{app}\facilitator.exe"; Comment: "Plan webcast sessions and record who attended"
Name: "{autodesktop}\Facilitator"; Filename: "{app}\facilitator.exe"; Tasks: desktopicon

[Registry]
; .facilitator is Facilitator's own document type (an SQLite file, like .sqlite): opened by double-click.
Root: HKA; Subkey: "Software\Classes\.facilitator"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Document"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.facilitator\OpenWithProgids"; ValueType: string; ValueName: "Facilitator.Document"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Document"; ValueType: string; ValueName: ""; ValueData: "Facilitator file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Document\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\facilitator.exe,0"
Root: HKA; Subkey: "Software\Classes\Facilitator.Document\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\facilitator.exe"" --db ""%1"""
; .sqlite belongs to other tools too: Facilitator is offered under "Open with", never made the default.
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "Facilitator.Document"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\facilitator.exe\SupportedTypes"; ValueType: string; ValueName: ".facilitator"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\facilitator.exe\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""

[Run]
Filename: "{app}\facilitator.exe"; Description: "{cm:LaunchProgram,Facilitator}"; Flags: nowait postinstall skipifsilent
