; Inno Setup 6 script: a per-user (or, if chosen, all-users) installer around the PyInstaller onedir build.
; Build dist\contractor-ledger first (packaging\README.md), then from this folder:  iscc contractor-ledger.iss
; The version is read from contractor-ledger.exe's version resource, which the spec makes from
; contractor_app.__version__, so the installer never carries a second copy of it.

#define AppName "Contractor Ledger"
#define AppExe "contractor-ledger.exe"
#define SourceDir "..\..\dist\contractor-ledger"
#define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#if AppVersion == ""
  #error Build dist\contractor-ledger with PyInstaller first (packaging\README.md).
#endif

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6D408E21-CD22-4A57-80CC-3F10D78A238E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Contractor Ledger contributors
AppPublisherURL=https://github.com/contractor-ledger/contractor-ledger
VersionInfoVersion={#GetVersionNumbersString(SourceDir + "\" + AppExe)}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installing for oneself needs no administrator; the dialog offers all users too.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=contractor-ledger.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename=contractor-ledger-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir folder: contractor-ledger.exe (desktop), contractor-app.exe (command line) and _internal.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start-menu entry. The AppUserModelID matches the Linux app id, so taskbar pinning groups the windows.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.contractorledger.ContractorLedger"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
