; PSM Desk installer for Windows (Inno Setup 6.3 or newer): PSMDesk-Setup-<version>.exe
;
; Input is the PyInstaller one-dir folder of installers/psmdesk.spec, built on Windows:
;   dist\psmdesk\psmdeskw.exe     windowed app: the Start-menu and desktop shortcuts open this
;   dist\psmdesk\psmdesk.exe      console: the command line and `psmdesk --self-test`
;   dist\psmdesk\_internal\...    Python, Qt, resources
; .github/workflows/build.yml compiles it from the repository root:
;   iscc /DAppVersion=0.1.0 /DWinVersion=0.1.0.0 installers\windows\psmdesk.iss
; and, when it could fetch Inno Setup's Indonesian translation into installers\windows\Indonesian.isl,
; the wizard speaks Indonesian; without that file it is built in English.
;
; Data: PSM Desk keeps the database, settings, backups and logs in %APPDATA%\PSMDesk (see
; psmdesk/paths.py). This installer never writes there and its uninstaller never deletes it, so
; uninstalling, reinstalling or installing a newer version over an older one keeps every record;
; the newer version migrates the database on its first start, after a backup into
; %APPDATA%\PSMDesk\backups.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z installers\windows\psmdesk.iss
#endif
#ifndef WinVersion
  #define WinVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\psmdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "PSM Desk"
#define GuiExe "psmdeskw.exe"
#define CliExe "psmdesk.exe"
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define HaveIndonesian
#endif

[Setup]
; The AppId ties every version together: a newer installer upgrades this installation in place.
; Never change it.
AppId={{97F44855-9008-4F20-B0B7-B269E17493B1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PSM Desk
VersionInfoVersion={#WinVersion}
VersionInfoProductVersion={#WinVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
; No administrator needed: a volunteer installs for themself into
; %LOCALAPPDATA%\Programs\PSM Desk. An administrator may run it with /ALLUSERS for
; C:\Program Files\PSM Desk.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or newer.
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=PSMDesk-Setup-{#AppVersion}
SetupIconFile=..\icons\psmdesk.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open PSM Desk is closed (Restart Manager) before its files are replaced by an upgrade.
CloseApplications=yes
RestartApplications=no
; Indonesian first and without asking; `/LANG=en` on the command line gives English.
ShowLanguageDialog=no
LanguageDetectionMethod=none

[Languages]
#ifdef HaveIndonesian
Name: "id"; MessagesFile: "compiler:Default.isl,Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
#ifdef HaveIndonesian
id.AppComment=Pendataan sosial luring untuk PSM dan Dinas Sosial
id.CliComment=Baris perintah PSM Desk
id.DataKept=Data Anda tidak dihapus. Basis data, pengaturan dan cadangan tetap ada di:%n%n%1%n%nPasang PSM Desk lagi untuk melanjutkan dengan data yang sama.
#endif
en.AppComment=Offline social welfare records for PSM volunteers and Dinas Sosial
en.CliComment=PSM Desk command line
en.DataKept=Your data has not been deleted. The database, settings and backups remain in:%n%n%1%n%nInstall PSM Desk again to continue with the same data.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle: files a previous version had and this one has not must
; not linger in _internal. Only the program folder; never %APPDATA%\PSMDesk.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#GuiExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may have gained after installation. The user's data in
; %APPDATA%\PSMDesk is deliberately not listed here: uninstalling keeps it.
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\PSMDesk');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
