<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <source>Installed as</source>
        <translation>Installerad som</translation>
    </message>
    <message>
        <source>application folder (PyInstaller)</source>
        <translation>programmapp (PyInstaller)</translation>
    </message>
    <message>
        <source>Python package</source>
        <translation>Python-paket</translation>
    </message>
    <message>
        <source>found</source>
        <translation>finns</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>Qt&apos;s Swedish</source>
        <translation>Qt:s svenska</translation>
    </message>
    <message>
        <source>Schema this version writes</source>
        <translation>Schemaversion i den här versionen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ingen öppen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>File schema</source>
        <translation>Filens schemaversion</translation>
    </message>
    <message>
        <source>File writable</source>
        <translation>Filen går att ändra</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation>Kopierat. Klistra in det i ditt meddelande till supporten.</translation>
    </message>
    <message>
        <source>&amp;Copy Support Info</source>
        <translation>&amp;Kopiera supportinformation</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Om Facilitator</translation>
    </message>
    <message>
        <source>Plan webcast sessions, invite officials and record who attended – for a county&apos;s project lead.</source>
        <translation>Planera webbsändningar, bjud in förtroendevalda och tjänstepersoner och för närvaro – för länets projektledare.</translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence (EUPL) 1.2.</source>
        <translation>Fri programvara under Europeiska unionens licens för öppen källkod (EUPL) 1.2.</translation>
    </message>
    <message>
        <source>For support</source>
        <translation>För supporten</translation>
    </message>
    <message>
        <source>When you ask for help, copy this information into your message.</source>
        <translation>När du ber om hjälp, kopiera in de här uppgifterna i ditt meddelande.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Open Facilitator File</source>
        <translation>Öppna Facilitator-fil</translation>
    </message>
    <message>
        <source>New File</source>
        <translation>Ny fil</translation>
    </message>
    <message>
        <source>%1 already exists. Facilitator does not replace files: choose another name.</source>
        <translation>%1 finns redan. Facilitator ersätter inte befintliga filer – välj ett annat namn.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>%1 already exists. The demo is only written to a new file.</source>
        <translation>%1 finns redan. Demofilen kan bara skapas som en ny fil.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message>
        <source>Restored the backup from %1</source>
        <translation>Säkerhetskopian från %1 är återställd</translation>
    </message>
    <message>
        <source>on a network drive (%1)</source>
        <translation>på en nätverksenhet (%1)</translation>
    </message>
    <message>
        <source>in a folder synced by %1</source>
        <translation>i en mapp som synkroniseras av %1</translation>
    </message>
    <message>
        <source>in your roaming profile (%1), which is copied to a server</source>
        <translation>i din centralt lagrade profil (%1), som kopieras till en server</translation>
    </message>
    <message>
        <source>File in a risky place</source>
        <translation>Filen ligger på en osäker plats</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ligger %2.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s file can be damaged when another computer or a sync program copies it while it is open, and network drives do not support what keeps it safe. Keep the file on this computer (%1) and share copies instead (File → Save a Copy). Backups are kept on this computer either way.</source>
        <translation>Facilitators fil kan skadas när en annan dator eller ett synkroniseringsprogram kopierar den medan den är öppen, och nätverksenheter saknar det stöd som håller den hel. Ha filen på den här datorn (%1) och dela kopior i stället (Arkiv → Spara en kopia). Säkerhetskopior sparas på den här datorn oavsett.</translation>
    </message>
    <message>
        <source>&amp;Move to This Computer</source>
        <translation>&amp;Flytta till den här datorn</translation>
    </message>
    <message>
        <source>&amp;Keep It There</source>
        <translation>&amp;Låt den ligga kvar</translation>
    </message>
    <message>
        <source>Move to This Computer</source>
        <translation>Flytta till den här datorn</translation>
    </message>
    <message>
        <source>%1 already exists. Facilitator does not replace files: open it, or move the file by hand.</source>
        <translation>%1 finns redan. Facilitator ersätter inte filer: öppna den, eller flytta filen själv.</translation>
    </message>
    <message>
        <source>Cannot create file</source>
        <translation>Det gick inte att skapa filen</translation>
    </message>
    <message>
        <source>%1 could not be created: %2. Choose a folder where you can save files.</source>
        <translation>Det gick inte att skapa %1: %2. Välj en mapp där du kan spara filer.</translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <source>%1 is a report of a meeting on %2, but session %3 is on %4; nothing imported. Give --any-date to import it anyway.</source>
        <translation>%1 är en rapport från ett möte den %2, men webbsändning %3 är den %4; inget importerades. Ange --any-date för att importera den ändå.</translation>
    </message>
    <message>
        <source>note: the report&apos;s meeting is called %1, the session %2</source>
        <translation>obs: mötet i rapporten heter %1, webbsändningen %2</translation>
    </message>
    <message>
        <source> (the report&apos;s address %1 is not the registered one)</source>
        <translation> (adressen %1 i rapporten är inte den registrerade)</translation>
    </message>
    <message>
        <source>line %1: %2 was connected twice at the same time; counted %3 minutes, not %4</source>
        <translation>rad %1: %2 var ansluten två gånger samtidigt; räknas som %3 minuter, inte %4</translation>
    </message>
    <message>
        <source>%1 or %2 (its dates can be read either way)</source>
        <translation>%1 eller %2 (datumen kan läsas åt båda hållen)</translation>
    </message>
</context>
<context>
    <name>AttendanceReviewDialog</name>
    <message>
        <source>In the report</source>
        <translation>I rapporten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Blir</translation>
    </message>
    <message>
        <source>%1 matched · %2 to check · %3 not matched · %4 will be recorded</source>
        <translation>%1 matchade · %2 att kontrollera · %3 utan matchning · %4 registreras</translation>
    </message>
    <message>
        <source>&amp;Record Attendance</source>
        <translation>&amp;Registrera närvaro</translation>
    </message>
    <message>
        <source>Connected from two devices at once: %1 minutes added up, %2 minutes in the meeting. The overlap is counted once.</source>
        <translation>Ansluten från två enheter samtidigt: %1 minuter sammanlagt, %2 minuter i mötet. Tiden som överlappar räknas en gång.</translation>
    </message>
    <message>
        <source>The name matches, but the report&apos;s address %1 is not the one in the register. Confirm it is the same person.</source>
        <translation>Namnet stämmer, men adressen %1 i rapporten är inte den som finns i registret. Bekräfta att det är samma person.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>Säker</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Trolig</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Too short: absent</source>
        <translation>För kort: frånvarande</translation>
    </message>
    <message>
        <source>Added as walk-in</source>
        <translation>Läggs till som oanmäld</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Registreras inte</translation>
    </message>
    <message>
        <source>The report&apos;s meeting is called “%1”; this session is “%2”.</source>
        <translation>Mötet i rapporten heter ”%1”; den här webbsändningen heter ”%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) were connected from two devices at once; the time their connections overlap is counted once.</source>
        <translation>
            <numerusform>%n deltagare var ansluten från två enheter samtidigt; tiden som anslutningarna överlappar räknas en gång.</numerusform>
            <numerusform>%n deltagare var anslutna från två enheter samtidigt; tiden som anslutningarna överlappar räknas en gång.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Person</source>
        <translation>Välj person</translation>
    </message>
    <message>
        <source>Who is %1?</source>
        <translation>Vem är %1?</translation>
    </message>
    <message>
        <source>Import Attendance Report</source>
        <translation>Importera närvarorapport</translation>
    </message>
    <message>
        <source>Present after at least</source>
        <translation>Närvarande efter minst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Confirm Match</source>
        <translation>&amp;Bekräfta matchning</translation>
    </message>
    <message>
        <source>C&amp;hoose Person…</source>
        <translation>&amp;Välj person…</translation>
    </message>
    <message>
        <source>Add as &amp;Walk-in</source>
        <translation>Lägg till som &amp;oanmäld</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>&amp;Hoppa över</translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Ersättare för %1</translation>
    </message>
    <message>
        <source>Walk-in (not invited)</source>
        <translation>Oanmäld (inte inbjuden)</translation>
    </message>
    <message>
        <source>Not on the list: Enter adds as walk-in</source>
        <translation>Inte på listan: Enter lägger till som oanmäld</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Inbjudan</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>%1 is no longer marked present</source>
        <translation>%1 är inte längre markerad som närvarande</translation>
    </message>
    <message>
        <source>%1 is here</source>
        <translation>%1 är här</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Ersättare för %1</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld deltagare</translation>
    </message>
    <message>
        <source>%1 is here, for %2</source>
        <translation>%1 är här, i stället för %2</translation>
    </message>
    <message>
        <source>%1 is here (walk-in)</source>
        <translation>%1 är här (oanmäld)</translation>
    </message>
    <message>
        <source>%1 here of %2 invited</source>
        <translation>%1 här av %2 inbjudna</translation>
    </message>
    <message>
        <source>On site %1 · remote %2 · walk-ins %3</source>
        <translation>På plats %1 · på distans %2 · oanmälda %3</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message>
        <source>Type a name or organisation · ↑↓ choose · Enter: here / not here</source>
        <translation>Skriv ett namn eller en organisation · ↑↓ välj · Enter: här / inte här</translation>
    </message>
    <message>
        <source>Check in: search</source>
        <translation>Incheckning: sök</translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation>Incheckningslista</translation>
    </message>
    <message>
        <source>Attends:</source>
        <translation>Deltar:</translation>
    </message>
    <message>
        <source>On &amp;site</source>
        <translation>På &amp;plats</translation>
    </message>
    <message>
        <source>Re&amp;mote</source>
        <translation>På &amp;distans</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Oanmäld…</translation>
    </message>
    <message>
        <source>Su&amp;bstitute…</source>
        <translation>&amp;Ersättare…</translation>
    </message>
    <message>
        <source>Someone attends in place of the selected invitee</source>
        <translation>Någon deltar i stället för den valda inbjudna</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Webbsändning</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tackat ja</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>In register</source>
        <translation>I registret</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådda</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Satsning</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tratt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Webbsändningar</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte nådda</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>National reach</source>
        <translation>Nationellt</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Räckvidd</translation>
    </message>
    <message>
        <source>%1 of %2 reached (%3 %)</source>
        <translation>%1 av %2 nådda (%3 %)</translation>
    </message>
    <message>
        <source>%1 reached (no target set)</source>
        <translation>%1 nådda (inget mål angivet)</translation>
    </message>
    <message>
        <source>Invited %1 · accepted %2 · attended %3 · %4 no-shows at sessions held</source>
        <translation>Inbjudna %1 · tackat ja %2 · deltog %3 · %4 uteblev vid genomförda webbsändningar</translation>
    </message>
    <message>
        <source>No-shows (%1)</source>
        <translation>Uteblev (%1)</translation>
    </message>
    <message>
        <source>Not reached (%1)</source>
        <translation>Inte nådda (%1)</translation>
    </message>
    <message>
        <source>Export Reach Report</source>
        <translation>Exportera räckviddsrapport</translation>
    </message>
    <message>
        <source>Reach report</source>
        <translation>Räckviddsrapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF-dokument (*.pdf);;Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Add the attendance list with people&apos;s names? Without it the report holds only figures.</source>
        <translation>Vill du ta med närvarolistan med namn? Utan den innehåller rapporten bara siffror.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Saved the reach report as %1</source>
        <translation>Sparade räckviddsrapporten som %1</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>&amp;Mål…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>Invited → accepted → attended</source>
        <translation>Inbjudna → tackat ja → deltog</translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation>Närvaro per webbsändning</translation>
    </message>
    <message>
        <source>Reach by organisation</source>
        <translation>Nådda per organisation</translation>
    </message>
    <message>
        <source>Reach by category</source>
        <translation>Nådda per kategori</translation>
    </message>
    <message>
        <source>Organisations with nobody reached yet</source>
        <translation>Organisationer där ingen nåtts än</translation>
    </message>
    <message>
        <source>Accepted but absent</source>
        <translation>Tackade ja men uteblev</translation>
    </message>
    <message>
        <source>Reach per county against its target</source>
        <translation>Nådda per län mot länets mål</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose File → Open to find it.</source>
        <translation>Den kan ha flyttats eller bytt namn. Välj Arkiv → Öppna för att leta upp den.</translation>
    </message>
    <message>
        <source>%1 is not a Facilitator file.</source>
        <translation>%1 är inte en Facilitator-fil.</translation>
    </message>
    <message>
        <source>Open a file that Facilitator saved, or create a new one with File → New File.</source>
        <translation>Öppna en fil som har sparats med Facilitator, eller skapa en ny med Arkiv → Ny fil.</translation>
    </message>
    <message>
        <source>%1 is a database, but not one made by Facilitator.</source>
        <translation>%1 är en databas, men den har inte skapats av Facilitator.</translation>
    </message>
    <message>
        <source>Facilitator opens only its own files, so it leaves this one untouched.</source>
        <translation>Facilitator öppnar bara sina egna filer och lämnar den här filen orörd.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation>%1 är skadad och kan inte läsas på ett säkert sätt.</translation>
    </message>
    <message>
        <source>Open a backup copy of the file. The damaged file has not been changed.</source>
        <translation>Öppna en säkerhetskopia av filen. Den skadade filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Facilitator.</source>
        <translation>%1 har sparats med en nyare version av Facilitator.</translation>
    </message>
    <message>
        <source>Update Facilitator to open it. The file has not been changed.</source>
        <translation>Uppdatera Facilitator för att kunna öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it or its folder is read-only.</source>
        <translation>%1 kan inte ändras: filen eller mappen är skrivskyddad.</translation>
    </message>
    <message>
        <source>You can open it read-only to look, or copy it to a folder where you can write.</source>
        <translation>Du kan öppna den skrivskyddad för att titta i den, eller kopiera den till en mapp där du kan spara.</translation>
    </message>
    <message>
        <source>%1 is already open in another Facilitator window.</source>
        <translation>%1 är redan öppen i ett annat Facilitator-fönster.</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation>Byt till det fönstret, eller stäng det och försök igen.</translation>
    </message>
    <message>
        <source>%1 could not be read or written.</source>
        <translation>Det gick inte att läsa från eller skriva till %1.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the file is not locked, then try again.</source>
        <translation>Kontrollera att disken inte är full och att filen inte är låst. Försök sedan igen.</translation>
    </message>
    <message>
        <source>%1 has more than one name on this disk (a hard link).</source>
        <translation>%1 har mer än ett namn på disken (en hård länk).</translation>
    </message>
    <message>
        <source>Facilitator cannot tell whether it is open under its other name, so it will not change it. Open it read-only, or copy it and open the copy.</source>
        <translation>Facilitator kan inte se om den är öppen under sitt andra namn och ändrar den därför inte. Öppna den skrivskyddad, eller kopiera den och öppna kopian.</translation>
    </message>
    <message>
        <source>The latest changes to %1 are in a file beside it (ending in -wal) that cannot be read in this folder.</source>
        <translation>De senaste ändringarna i %1 finns i en fil bredvid den (som slutar på -wal) som inte kan läsas i den här mappen.</translation>
    </message>
    <message>
        <source>Copy the file together with the files beside it that start with its name to a folder where you can save, and open the copy there.</source>
        <translation>Kopiera filen tillsammans med filerna bredvid den som börjar med samma namn till en mapp där du kan spara, och öppna kopian där.</translation>
    </message>
    <message>
        <source>The change could not be saved to %1: the disk is full.</source>
        <translation>Ändringen kunde inte sparas i %1: disken är full.</translation>
    </message>
    <message>
        <source>Nothing of it was saved. Free some space on the disk and try again.</source>
        <translation>Inget av den sparades. Frigör utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 är låst av ett annat program.</translation>
    </message>
    <message>
        <source>Nothing was changed. Close the program that has the file open (a database tool, a backup or sync program) and try again.</source>
        <translation>Inget ändrades. Stäng programmet som har filen öppen (ett databasverktyg, ett säkerhetskopierings- eller synkroniseringsprogram) och försök igen.</translation>
    </message>
    <message>
        <source>No backup could be made in %1 before the change.</source>
        <translation>Ingen säkerhetskopia kunde göras i %1 före ändringen.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the disk is not full and try again.</source>
        <translation>Inget ändrades. Kontrollera att disken inte är full och försök igen.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Det gick inte att öppna %1.</translation>
    </message>
    <message>
        <source>Try another file.</source>
        <translation>Försök med en annan fil.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV for Excel (Swedish: semicolons, UTF-8)</source>
        <translation>CSV för Excel (svenskt: semikolon, UTF-8)</translation>
    </message>
    <message>
        <source>CSV, plain (commas, UTF-8)</source>
        <translation>CSV, enkel (komma, UTF-8)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>PDF, to print or send</source>
        <translation>PDF, för utskrift eller att skicka</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Export Attendance List</source>
        <translation>Exportera närvarolista</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Lista:</translation>
    </message>
    <message>
        <source>This &amp;session</source>
        <translation>Den här &amp;webbsändningen</translation>
    </message>
    <message>
        <source>The whole &amp;programme: who attended what</source>
        <translation>Hela &amp;satsningen: vem deltog i vad</translation>
    </message>
    <message>
        <source>&amp;Columns (tick the ones to export; drag or use the buttons to order them):</source>
        <translation>&amp;Kolumner (bocka i de som ska med; dra eller använd knapparna för att ordna dem):</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>ImportPeopleWizard</name>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name (split into given and family)</source>
        <translation>Fullständigt namn (delas i för- och efternamn)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… och %n rad till</numerusform>
            <numerusform>… och %n rader till</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose which column holds the names (given, family or full name).</source>
        <translation>Välj vilken kolumn som har namnen (förnamn, efternamn eller fullständigt namn).</translation>
    </message>
    <message>
        <source>%1 → %2?</source>
        <translation>%1 → %2?</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Kontrollerar %n rad…</numerusform>
            <numerusform>Kontrollerar %n rader…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 can be imported, %3 cannot. %4 are the same person as someone already in the register or earlier in the list (the same email, or the same name and organisation); %5 have the name of someone else but may be another person.</source>
        <translation>%1 rader: %2 kan importeras, %3 kan inte det. %4 är samma person som någon som redan finns i registret eller tidigare i listan (samma e-postadress, eller samma namn och organisation); %5 har samma namn som någon annan men kan vara en annan person.</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importera som ny</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) created.</source>
        <translation>
            <numerusform>%n organisation har skapats.</numerusform>
            <numerusform>%n organisationer har skapats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip the Selected</source>
        <translation>Hoppa över de markerade</translation>
    </message>
    <message>
        <source>Import the Selected as New People</source>
        <translation>Importera de markerade som nya personer</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importen avbröts</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Importen avbröts. Ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people from %1</source>
        <translation>
            <numerusform>Importerade %n person från %1</numerusform>
            <numerusform>Importerade %n personer från %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s),</source>
        <translation>
            <numerusform>%n person har lagts till,</numerusform>
            <numerusform>%n personer har lagts till,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n.</source>
        <translation>
            <numerusform>%n har uppdaterats.</numerusform>
            <numerusform>%n har uppdaterats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n rad importerades inte.</numerusform>
            <numerusform>%n rader importerades inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below: why rows were not imported, and what was imported but should be looked at.</source>
        <translation>Nedan: varför rader inte importerades, och det som importerades men bör ses över.</translation>
    </message>
    <message>
        <source>Edit → Undo removes the whole import.</source>
        <translation>Redigera → Ångra tar bort hela importen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
    <message numerus="yes">
        <source>File: %1 · %n row(s)</source>
        <translation>
            <numerusform>Fil: %1 · %n rad</numerusform>
            <numerusform>Fil: %1 · %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(importera inte)</translation>
    </message>
    <message>
        <source>Skip them (keep what the register has)</source>
        <translation>Hoppa över dem (behåll det som finns i registret)</translation>
    </message>
    <message>
        <source>Update the register from the file</source>
        <translation>Uppdatera registret från filen</translation>
    </message>
    <message>
        <source>Keep both (add them as new people)</source>
        <translation>Behåll båda (lägg till dem som nya personer)</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Hoppa över dem</translation>
    </message>
    <message>
        <source>Update the person of the same name</source>
        <translation>Uppdatera personen med samma namn</translation>
    </message>
    <message>
        <source>Import them as new people</source>
        <translation>Importera dem som nya personer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Update the Register from the Selected</source>
        <translation>Uppdatera registret från de markerade</translation>
    </message>
    <message>
        <source>Right-click duplicates to decide row by row</source>
        <translation>Högerklicka på dubbletter för att bestämma rad för rad</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importera personer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. The preview shows the first rows as they will be stored.</source>
        <translation>Kontrollera vad varje kolumn i filen innehåller. Förhandsvisningen visar de första raderna så som de kommer att sparas.</translation>
    </message>
    <message>
        <source>Category when the file has none</source>
        <translation>Kategori när filen saknar en</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>The list names organisations that are not in this file, or not for certain. For each name, use one of the file&apos;s organisations, create it, or import the people without one - the name is then kept in their notes.</source>
        <translation>Listan nämner organisationer som inte finns i den här filen, eller som inte kunde kännas igen säkert. Välj för varje namn: använd en av filens organisationer, skapa den, eller importera personerna utan organisation – namnet sparas då i deras anteckningar.</translation>
    </message>
    <message>
        <source>Decision for the selected names</source>
        <translation>Beslut för de markerade namnen</translation>
    </message>
    <message>
        <source>&amp;Use an organisation in this file:</source>
        <translation>&amp;Använd en organisation i filen:</translation>
    </message>
    <message>
        <source>&amp;Create a new organisation:</source>
        <translation>&amp;Skapa en ny organisation:</translation>
    </message>
    <message>
        <source>Import &amp;without an organisation (the name is kept in the person&apos;s notes)</source>
        <translation>Importera &amp;utan organisation (namnet sparas i personens anteckningar)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Decide about duplicates, then import.</source>
        <translation>Inget har importerats än. Bestäm vad som ska hända med dubbletterna och importera sedan.</translation>
    </message>
    <message>
        <source>For &amp;possible duplicates</source>
        <translation>För &amp;möjliga dubbletter</translation>
    </message>
    <message>
        <source>For &amp;duplicates</source>
        <translation>För &amp;dubbletter</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Spara rapport…</translation>
    </message>
    <message>
        <source>Name in the list</source>
        <translation>Namn i listan</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>InvitationsView</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tackat ja</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(ingen organisation)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> och %n till</numerusform>
            <numerusform> och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the register has been invited to a session.</source>
        <translation>Alla i registret har bjudits in till någon webbsändning.</translation>
    </message>
    <message numerus="yes">
        <source>Invite these %n to this session</source>
        <translation>
            <numerusform>Bjud in den här personen till webbsändningen</numerusform>
            <numerusform>Bjud in dessa %n till webbsändningen</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone chosen was already invited.</source>
        <translation>Alla som valdes var redan inbjudna.</translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation>Bjöd in %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n ny)</numerusform>
            <numerusform>(%n nya)</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is cancelled. Invite people to it anyway?</source>
        <translation>Webbsändningen är inställd. Vill du bjuda in ändå?</translation>
    </message>
    <message>
        <source>This session has already taken place. Invite people to it anyway?</source>
        <translation>Webbsändningen har redan ägt rum. Vill du bjuda in ändå?</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Bjud in</translation>
    </message>
    <message>
        <source>everyone not yet invited</source>
        <translation>alla som inte är inbjudna</translation>
    </message>
    <message>
        <source>people not invited to any session</source>
        <translation>personer som inte bjudits in till någon webbsändning</translation>
    </message>
    <message>
        <source>Invite an organisation</source>
        <translation>Bjud in en organisation</translation>
    </message>
    <message>
        <source>Invite everyone active in:</source>
        <translation>Bjud in alla aktiva i:</translation>
    </message>
    <message>
        <source>Invite a category</source>
        <translation>Bjud in en kategori</translation>
    </message>
    <message>
        <source>Invite everyone active who is:</source>
        <translation>Bjud in alla aktiva som är:</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen people</source>
        <translation>
            <numerusform>%n vald person</numerusform>
            <numerusform>%n valda personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n invitee(s) as %1</source>
        <translation>
            <numerusform>Markerade %n inbjuden som %1</numerusform>
            <numerusform>Markerade %n inbjudna som %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Note on this invitation:</source>
        <translation>Anteckning om inbjudan:</translation>
    </message>
    <message>
        <source>Changed a note</source>
        <translation>Ändrade en anteckning</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invitation(s)</source>
        <translation>
            <numerusform>Tog bort %n inbjudan</numerusform>
            <numerusform>Tog bort %n inbjudningar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Bjud in</translation>
    </message>
    <message>
        <source>Everyone Not Yet Invited</source>
        <translation>Alla som inte är inbjudna</translation>
    </message>
    <message>
        <source>An Organisation…</source>
        <translation>En organisation…</translation>
    </message>
    <message>
        <source>A Category…</source>
        <translation>En kategori…</translation>
    </message>
    <message>
        <source>People I Choose…</source>
        <translation>Personer som jag väljer…</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>&amp;Anteckning…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Filter the invitees</source>
        <translation>Filtrera de inbjudna</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <source>Not invited to any session yet</source>
        <translation>Inte inbjudna till någon webbsändning än</translation>
    </message>
</context>
<context>
    <name>InvitePeopleDialog</name>
    <message numerus="yes">
        <source>%n person(s) chosen</source>
        <translation>
            <numerusform>%n person vald</numerusform>
            <numerusform>%n personer valda</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Bjud in</translation>
    </message>
    <message>
        <source>Invite People</source>
        <translation>Bjud in personer</translation>
    </message>
    <message>
        <source>Search the register, select people (Ctrl or Shift for several) and invite them.</source>
        <translation>Sök i registret, markera personer (Ctrl eller Skift för flera) och bjud in dem.</translation>
    </message>
    <message>
        <source>Search name, title, organisation or email</source>
        <translation>Sök på namn, titel, organisation eller e-post</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Elected official</source>
        <translation>Förtroendevald</translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation>Ledande tjänsteperson</translation>
    </message>
    <message>
        <source>Head of administration</source>
        <translation>Förvaltningschef</translation>
    </message>
    <message>
        <source>County board management</source>
        <translation>Länsstyrelsens ledning</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrig</translation>
    </message>
    <message>
        <source>County administrative board</source>
        <translation>Länsstyrelse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Övrig organisation</translation>
    </message>
    <message>
        <source>County administrative boards</source>
        <translation>Länsstyrelser</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation>Övriga organisationer</translation>
    </message>
    <message>
        <source>Digital leadership</source>
        <translation>Digitalt ledarskap</translation>
    </message>
    <message>
        <source>Digital security</source>
        <translation>Digital säkerhet</translation>
    </message>
    <message>
        <source>Digital competence</source>
        <translation>Digital kompetens</translation>
    </message>
    <message>
        <source>Digital infrastructure</source>
        <translation>Digital infrastruktur</translation>
    </message>
    <message>
        <source>Digital innovation</source>
        <translation>Digital innovation</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjuden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tackat ja</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tackat nej</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Local discussion</source>
        <translation>Lokalt samtal</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Måste fyllas i.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Webbsändningen måste sluta efter att den har börjat.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation>Ange en webbadress som börjar med https://</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.se).</source>
        <translation>Det här är inte en e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Får inte vara negativt.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>R&amp;edigera…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>LiveBoard</name>
    <message>
        <source>left of this segment</source>
        <translation>kvar av det här momentet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Inte börjat än</translation>
    </message>
    <message>
        <source>The run-sheet ended at %1</source>
        <translation>Körschemat slutade %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Run-sheet</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <source>The session has no start time</source>
        <translation>Webbsändningen har ingen starttid</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Inga moment än</translation>
    </message>
    <message>
        <source>Starts in %1 min</source>
        <translation>Börjar om %1 min</translation>
    </message>
    <message>
        <source>Starts in %1 h %2 min</source>
        <translation>Börjar om %1 h %2 min</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Börjar %1</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Först: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>Last segment</source>
        <translation>Sista momentet</translation>
    </message>
    <message>
        <source>Add segments, or start from the standard agenda.</source>
        <translation>Lägg till moment, eller börja med standardprogrammet.</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Everyone invited who has not declined</source>
        <translation>Alla inbjudna som inte tackat nej</translation>
    </message>
    <message>
        <source>Those who have not answered</source>
        <translation>De som inte svarat</translation>
    </message>
    <message>
        <source>Those who accepted</source>
        <translation>De som tackat ja</translation>
    </message>
    <message>
        <source>Saved as your template for new mails.</source>
        <translation>Sparat som din mall för nya mejl.</translation>
    </message>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation>&amp;Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <source>Open Mail %1 of %2</source>
        <translation>Öppna mejl %1 av %2</translation>
    </message>
    <message>
        <source>&amp;Copy Addresses</source>
        <translation>&amp;Kopiera adresser</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) in BCC.</source>
        <translation>
            <numerusform>%n adress som hemlig kopia.</numerusform>
            <numerusform>%n adresser som hemlig kopia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail programs accept only so many addresses in one go, so this is %n mails: open each one and send it.</source>
        <translation>
            <numerusform>E-postprogram tar bara emot ett visst antal adresser åt gången, så det blir %n mejl: öppna och skicka vart och ett.</numerusform>
            <numerusform>E-postprogram tar bara emot ett visst antal adresser åt gången, så det blir %n mejl: öppna och skicka vart och ett.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is too long to hand to the mail program: copy the addresses and paste them, and the text, into a new mail.</source>
        <translation>Meddelandet är för långt att lämna till e-postprogrammet: kopiera adresserna och klistra in dem, och texten, i ett nytt mejl.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitee(s) have no email address.</source>
        <translation>
            <numerusform>%n inbjuden saknar e-postadress.</numerusform>
            <numerusform>%n inbjudna saknar e-postadress.</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses are on the clipboard: paste them into the BCC field.</source>
        <translation>Adresserna finns i urklipp: klistra in dem i fältet för hemlig kopia.</translation>
    </message>
    <message>
        <source>Write to Invitees</source>
        <translation>Skriv till de inbjudna</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>Ä&amp;mne</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Meddelande</translation>
    </message>
    <message>
        <source>{title}, {date}, {time}, {link} and {room} are filled in from the session.</source>
        <translation>{title}, {date}, {time}, {link} och {room} fylls i från webbsändningen.</translation>
    </message>
    <message>
        <source>Save as &amp;My Template</source>
        <translation>Spara som min &amp;mall</translation>
    </message>
    <message>
        <source>&amp;Reset to Standard Text</source>
        <translation>&amp;Återställ standardtexten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Facilitator File</source>
        <translation>Öppna Facilitator-fil</translation>
    </message>
    <message>
        <source>New Facilitator File</source>
        <translation>Ny Facilitator-fil</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>This is the open file. Choose another name for the copy.</source>
        <translation>Det här är filen som är öppen. Välj ett annat namn för kopian.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia…</translation>
    </message>
    <message>
        <source>Copy cancelled; nothing was written.</source>
        <translation>Kopieringen avbröts. Ingenting sparades.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2. Choose another folder.</source>
        <translation>Det gick inte att spara kopian som %1: %2. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Sparade en kopia som %1</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importera personer</translation>
    </message>
    <message>
        <source>People lists (*.xlsx *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Personlistor (*.xlsx *.ods *.csv *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>Merge Another Facilitator File</source>
        <translation>Slå ihop med en annan Facilitator-fil</translation>
    </message>
    <message>
        <source>%1 is the file you have open, so there is nothing to merge. Choose another region&apos;s file.</source>
        <translation>%1 är filen du har öppen, så det finns inget att slå ihop. Välj ett annat läns fil.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Slår ihop %1…</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Slå ihop %1</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 conflicts kept as they were</source>
        <translation>Slog ihop %1: %2 tillagda, %3 uppdaterade, %4 konflikter lämnade som de var</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Gör om: %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Webbsändningar</translation>
    </message>
    <message>
        <source>No backup could be made today: %1</source>
        <translation>Ingen säkerhetskopia kunde göras i dag: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Säkerhetskopierad till %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 kan inte importeras. %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ångra: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Ny fil…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>&amp;Importera personer…</translation>
    </message>
    <message>
        <source>&amp;Merge Another Facilitator File…</source>
        <translation>&amp;Slå ihop med en annan Facilitator-fil…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Webbsändningar</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationer</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Remove &amp;Old Personal Data…</source>
        <translation>Ta bort &amp;gamla personuppgifter…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Öppna &amp;loggmappen</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Om Facilitator</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterade</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrade</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>This file → the other file</source>
        <translation>Den här filen → den andra filen</translation>
    </message>
    <message>
        <source>Will keep</source>
        <translation>Behåller</translation>
    </message>
    <message>
        <source>Merging %1 into this file. Rows are matched by their identity, people also by email and organisations by official code; nothing is deleted.</source>
        <translation>Slår ihop %1 med den här filen. Rader matchas på sin identitet, personer även på e-post och organisationer på officiell kod; ingenting tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed in both files, and this file&apos;s copy is as new or newer. Choose which values to keep.</source>
        <translation>
            <numerusform>%n rad har ändrats i båda filerna och den här filens version är lika ny eller nyare. Välj vilka värden som ska behållas.</numerusform>
            <numerusform>%n rader har ändrats i båda filerna och den här filens version är lika ny eller nyare. Välj vilka värden som ska behållas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: where both files hold a row, the newer copy is kept.</source>
        <translation>Inga konflikter: där båda filerna har en rad behålls den nyaste versionen.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Satsningar</translation>
    </message>
    <message>
        <source>Reach targets</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Webbsändningar</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Run-sheet segments</source>
        <translation>Moment i körscheman</translation>
    </message>
    <message>
        <source>Merge Another Facilitator File</source>
        <translation>Slå ihop med en annan Facilitator-fil</translation>
    </message>
    <message>
        <source>What the merge will do, per table</source>
        <translation>Vad sammanslagningen gör, per tabell</translation>
    </message>
    <message>
        <source>Rows both files changed</source>
        <translation>Rader som ändrats i båda filerna</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Behåll &amp;min</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Ta deras</translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation>Behåll min för &amp;alla</translation>
    </message>
    <message>
        <source>Take Theirs for A&amp;ll</source>
        <translation>Ta deras för a&amp;lla</translation>
    </message>
</context>
<context>
    <name>OrganisationChoices</name>
    <message>
        <source>Perhaps %1</source>
        <translation>Kanske %1</translation>
    </message>
    <message>
        <source>%1 - in Sweden, not in this file</source>
        <translation>%1 – finns i Sverige, inte i den här filen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Använd %1</translation>
    </message>
    <message>
        <source>Create %1 (%2)</source>
        <translation>Skapa %1 (%2)</translation>
    </message>
    <message>
        <source>Import without; the name is kept in the notes</source>
        <translation>Importera utan; namnet sparas i anteckningarna</translation>
    </message>
    <message>
        <source>each its own name</source>
        <translation>vart och ett sitt eget namn</translation>
    </message>
    <message>
        <source>(no county)</source>
        <translation>(inget län)</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Redigera organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Ny organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Official &amp;code</source>
        <translation>Officiell &amp;kod</translation>
    </message>
    <message>
        <source>e.g. 0980 for a municipality</source>
        <translation>t.ex. 0980 för en kommun</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Official code</source>
        <translation>Officiell kod</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Aktiva personer</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lade till %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Redigerade %1</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan inte ta bort</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n person(s). Move them to another organisation or delete them first.</source>
        <translation>
            <numerusform>%1 har %n person. Flytta personen till en annan organisation eller ta bort den först.</numerusform>
            <numerusform>%1 har %n personer. Flytta dem till en annan organisation eller ta bort dem först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Tog bort %1</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>&amp;New Organisation…</source>
        <translation>&amp;Ny organisation…</translation>
    </message>
    <message>
        <source>Show &amp;People</source>
        <translation>Visa &amp;personer</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Organisation in the imported list: %1</source>
        <translation>Organisation i den importerade listan: %1</translation>
    </message>
    <message>
        <source>Same email as person %1 in the register</source>
        <translation>Samma e-postadress som person %1 i registret</translation>
    </message>
    <message>
        <source>Same email as line %1</source>
        <translation>Samma e-postadress som rad %1</translation>
    </message>
    <message>
        <source>Same name and organisation as person %1 in the register, and no email that tells them apart</source>
        <translation>Samma namn och organisation som person %1 i registret, och ingen e-postadress som skiljer dem åt</translation>
    </message>
    <message>
        <source>Same name and organisation as line %1, and no email that tells them apart</source>
        <translation>Samma namn och organisation som rad %1, och ingen e-postadress som skiljer dem åt</translation>
    </message>
    <message>
        <source>Same name as person %1 in the register, but perhaps someone else (%2)</source>
        <translation>Samma namn som person %1 i registret, men kanske någon annan (%2)</translation>
    </message>
    <message>
        <source>Same name as line %1, but perhaps someone else (%2)</source>
        <translation>Samma namn som rad %1, men kanske någon annan (%2)</translation>
    </message>
    <message>
        <source>another email</source>
        <translation>annan e-postadress</translation>
    </message>
    <message>
        <source>no organisation to compare</source>
        <translation>ingen organisation att jämföra</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Inget namn</translation>
    </message>
    <message>
        <source>The email address %1 is not valid (%2)</source>
        <translation>E-postadressen %1 är inte giltig (%2)</translation>
    </message>
    <message>
        <source>Imported without an organisation, as chosen; &quot;%1&quot; is kept in the notes</source>
        <translation>Importerad utan organisation, som du valde; ”%1” sparas i anteckningarna</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; is not recognised for certain; imported without one, the name kept in the notes</source>
        <translation>Organisationen ”%1” känns inte igen säkert; importerad utan organisation, namnet sparat i anteckningarna</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; (%2) is not in this file; imported without one, the name kept in the notes</source>
        <translation>Organisationen ”%1” (%2) finns inte i den här filen; importerad utan organisation, namnet sparat i anteckningarna</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; is not in this file; imported without one, the name kept in the notes</source>
        <translation>Organisationen ”%1” finns inte i den här filen; importerad utan organisation, namnet sparat i anteckningarna</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Inactive: kept for the attendance history, not invited any more.</source>
        <translation>Inaktiv: finns kvar för närvarohistoriken men bjuds inte in längre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Register E&amp;xtract…</source>
        <translation>Register&amp;utdrag…</translation>
    </message>
    <message>
        <source>E&amp;rase Person…</source>
        <translation>Ra&amp;dera personen…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alla organisationer</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Lade till %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Redigerade %1</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>Inaktiverade %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Tog bort %1</translation>
    </message>
    <message>
        <source>%1 has attended sessions.</source>
        <translation>%1 har deltagit i webbsändningar.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected people have attended sessions.</source>
        <translation>
            <numerusform>%n av de valda personerna har deltagit i webbsändningar.</numerusform>
            <numerusform>%n av de valda personerna har deltagit i webbsändningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Deactivating keeps their attendance history and stops new invitations. Deleting erases them and their attendance.</source>
        <translation>Om du inaktiverar finns närvarohistoriken kvar, men inga nya inbjudningar kan skickas. Om du tar bort raderas både personuppgifterna och närvaron.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Delete &amp;Permanently</source>
        <translation>Ta bort &amp;permanent</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation>&amp;Ny person…</translation>
    </message>
    <message>
        <source>Search name, title, organisation or email</source>
        <translation>Sök på namn, titel, organisation eller e-post</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Sök personer</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Filtrera på organisation</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrera på kategori</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Visa inaktiva</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Te&amp;lefon</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <source>&amp;Active (can be invited)</source>
        <translation>Akt&amp;iv (kan bjudas in)</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Print List</source>
        <translation>Skriv ut lista</translation>
    </message>
    <message>
        <source>&amp;Roster: invitees by organisation, with their answers</source>
        <translation>&amp;Deltagarförteckning: inbjudna per organisation, med svar</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet: invitees by name, with a signature column</source>
        <translation>&amp;Närvarolista: inbjudna i namnordning, med kolumn för namnteckning</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Tomma rader för oanmälda:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Liggande</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranska utskrift</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Webbsändning</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad via</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Anslöt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Ersättare för</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Inbjudan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Mötesrapport</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Ingen organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Deltagarförteckning</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Namnteckning</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Attendance, whole programme</source>
        <translation>Närvaro, hela satsningen</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Närvarolista</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Register extract %1</source>
        <translation>Registerutdrag %1</translation>
    </message>
    <message>
        <source>Save Register Extract</source>
        <translation>Spara registerutdrag</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON for another system (*.json)</source>
        <translation>PDF (*.pdf);;JSON för ett annat system (*.json)</translation>
    </message>
    <message>
        <source>The extract could not be written to %1: %2. Choose another folder.</source>
        <translation>Utdraget kunde inte sparas i %1: %2. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>Saved the register extract for %1 as %2</source>
        <translation>Registerutdraget för %1 sparades som %2</translation>
    </message>
    <message>
        <source>Erase %1 completely?</source>
        <translation>Radera %1 helt?</translation>
    </message>
    <message>
        <source>This removes the person, %1 invitations and %2 attendance records from the file, leaving nothing to recover, and clears the undo history. It cannot be undone.</source>
        <translation>Personen, %1 inbjudningar och %2 närvarouppgifter tas bort ur filen utan att något går att återskapa, och ångrahistoriken töms. Det går inte att ångra.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) still hold this person (%1) in %2. They are removed as backups age out.</source>
        <translation>
            <numerusform>%n äldre säkerhetskopia innehåller fortfarande personen (%1) i %2. Den tas bort när den blir för gammal.</numerusform>
            <numerusform>%n äldre säkerhetskopior innehåller fortfarande personen (%1) i %2. De tas bort när de blir för gamla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Radera personen</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>%1 är raderad</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Facilitator ran into a problem it did not expect, and what you just did may not have finished. What was saved before is safe: every change is saved as one whole step, or not at all.</source>
        <translation>Facilitator stötte på ett oväntat problem, och det du just gjorde kanske inte blev klart. Det som sparats tidigare är i säkerhet: varje ändring sparas som ett helt steg eller inte alls.</translation>
    </message>
    <message>
        <source>The details are also in the log: %1</source>
        <translation>Detaljerna finns också i loggen: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopiera detaljerna</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove Old Personal Data</source>
        <translation>Ta bort gamla personuppgifter</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. This removes everyone who has had nothing to do with a session since the date below: not invited to or attending anything of a programme that was still running then, and not changed since. Those who attended stay counted in the reach of past programmes, without name or contact details. A backup is made first.</source>
        <translation>Personuppgifter sparas inte längre än de behövs. Här tas alla bort som inte haft med någon webbsändning att göra sedan datumet nedan: inte inbjudna till eller deltagit i något i en satsning som pågick då, och inte ändrade sedan dess. De som deltog räknas fortfarande i tidigare satsningars räckvidd, utan namn och kontaktuppgifter. En säkerhetskopia görs först.</translation>
    </message>
    <message>
        <source>No activity since:</source>
        <translation>Ingen aktivitet sedan:</translation>
    </message>
    <message>
        <source>People who would be removed</source>
        <translation>Personer som skulle tas bort</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source> (counted in reach, anonymously)</source>
        <translation> (räknas anonymt i räckvidden)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be removed.</source>
        <translation>
            <numerusform>%n person skulle tas bort.</numerusform>
            <numerusform>%n personer skulle tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmes ended before then: %1.</source>
        <translation>Satsningar som avslutades före dess: %1.</translation>
    </message>
    <message>
        <source>No programme had ended before then.</source>
        <translation>Ingen satsning hade avslutats före dess.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s)? This cannot be undone (the backup made first holds them until it ages out).</source>
        <translation>
            <numerusform>Ta bort %n person? Det går inte att ångra (säkerhetskopian som görs först innehåller personen tills den blir för gammal).</numerusform>
            <numerusform>Ta bort %n personer? Det går inte att ångra (säkerhetskopian som görs först innehåller dem tills den blir för gammal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n person(s) with no recent activity</source>
        <translation>
            <numerusform>%n person utan aktivitet på länge togs bort</numerusform>
            <numerusform>%n personer utan aktivitet på länge togs bort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>Facilitator files (*.sqlite *.facilitator *.db);;All files (*)</source>
        <translation>Facilitator-filer (*.sqlite *.facilitator *.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ReachReport</name>
    <message>
        <source>Invited, accepted, attended</source>
        <translation>Inbjudna, tackat ja, deltog</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tackat ja</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation>Närvaro per webbsändning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Webbsändning</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>Reach by category</source>
        <translation>Nådda per kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>In register</source>
        <translation>I registret</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådda</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Reach by organisation</source>
        <translation>Nådda per organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations with nobody reached yet</source>
        <translation>Organisationer där ingen nåtts än</translation>
    </message>
    <message>
        <source>Someone has been reached in every organisation.</source>
        <translation>Någon har nåtts i varje organisation.</translation>
    </message>
    <message>
        <source>Reach per county against its target</source>
        <translation>Nådda per län mot länets mål</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Län</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>%1 of %2 reached (%3 %)</source>
        <translation>%1 av %2 nådda (%3 %)</translation>
    </message>
    <message>
        <source>%1 reached</source>
        <translation>%1 nådda</translation>
    </message>
    <message>
        <source>With the attendance list: this report holds personal data.</source>
        <translation>Med närvarolistan: rapporten innehåller personuppgifter.</translation>
    </message>
    <message>
        <source>Figures only: no names or email addresses.</source>
        <translation>Endast siffror: inga namn eller e-postadresser.</translation>
    </message>
    <message>
        <source>Reach report</source>
        <translation>Räckviddsrapport</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alla län</translation>
    </message>
    <message>
        <source>(no county)</source>
        <translation>(inget län)</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>a zip archive</source>
        <translation>ett zip-arkiv</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office document</source>
        <translation>en gammal Excel-arbetsbok (.xls) eller ett annat Office-dokument</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ett PDF-dokument</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>en SQLite-databas</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>en PNG-bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>en JPEG-bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>en GIF-bild</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>ett OpenDocument-kalkylark (.ods)</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>en Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>The file is really %1, not a text file.</source>
        <translation>Filen är egentligen %1, inte en textfil.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation>Filen innehåller binärdata, inte text.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: some lines are UTF-8, others Windows-1252, so some letters would come out wrong. Save the list again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>Filen blandar två teckenkodningar: vissa rader är UTF-8, andra Windows-1252, så en del bokstäver skulle bli fel. Spara listan på nytt från ett och samma program som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The text is not UTF-8, and no other encoding reads it cleanly (it would read &quot;%1&quot;). Save it from Excel as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>Texten är inte UTF-8, och ingen annan teckenkodning läser den utan fel (den skulle bli ”%1”). Spara den från Excel som ”CSV UTF-8” och försök igen.</translation>
    </message>
    <message>
        <source>The file says it is %1 but holds bytes that are not. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>Filen säger att den är %1 men innehåller byte som inte är det. Spara den igen som ”CSV UTF-8” och försök igen.</translation>
    </message>
    <message>
        <source>The file is %1 MB; the limit is %2 MB.</source>
        <translation>Filen är %1 MB; gränsen är %2 MB.</translation>
    </message>
    <message>
        <source>The quotation mark (&quot;) that opens a cell on this line is never closed, so the lines after it would have become one cell; it was read as an ordinary character and the row kept. Check the row.</source>
        <translation>Citattecknet (&quot;) som inleder en cell på den här raden avslutas aldrig, så raderna efter det skulle ha blivit en enda cell; det lästes som ett vanligt tecken och raden behölls. Kontrollera raden.</translation>
    </message>
    <message>
        <source>A line is longer than %1 characters; this is not a list of people.</source>
        <translation>En rad är längre än %1 tecken; det här är inte en lista med personer.</translation>
    </message>
    <message>
        <source>The file has a header but no rows below it.</source>
        <translation>Filen har en rubrikrad men inga rader under den.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabbtecken</translation>
    </message>
    <message>
        <source>Read as text in %1 with cells separated by %2, the file has fewer than two columns; it is not a table of people.</source>
        <translation>Filen lästes som text i %1 med celler åtskilda av %2, men har färre än två kolumner; det är ingen tabell med personer.</translation>
    </message>
    <message>
        <source>The first sheet of the workbook that holds anything has fewer than two columns; it is not a table of people.</source>
        <translation>Det första bladet i arbetsboken som innehåller något har färre än två kolumner; det är ingen tabell med personer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>This is %1, but it lists nobody: it has its headings and no participants.</source>
        <translation>Det här är %1, men den tar inte upp någon: den har sina rubriker men inga deltagare.</translation>
    </message>
    <message>
        <source>This looks like %1, but its list of participants cannot be read. The first line not understood: %2</source>
        <translation>Det här ser ut som %1, men listan över deltagare går inte att läsa. Första raden som inte förstods: %2</translation>
    </message>
    <message>
        <source>This is not an attendance report Facilitator can read (from Teams, Zoom, Google Meet or Webex). It begins: %1</source>
        <translation>Det här är ingen närvarorapport som Facilitator kan läsa (från Teams, Zoom, Google Meet eller Webex). Den börjar: %1</translation>
    </message>
    <message>
        <source>The workbook cannot be opened (%1). Open it in Excel and save it again.</source>
        <translation>Arbetsboken kan inte öppnas (%1). Öppna den i Excel och spara den igen.</translation>
    </message>
    <message>
        <source>Every sheet of the workbook is empty.</source>
        <translation>Alla blad i arbetsboken är tomma.</translation>
    </message>
    <message>
        <source>The file is named %1 but is really %2.</source>
        <translation>Filen heter %1 men är egentligen %2.</translation>
    </message>
    <message>
        <source>The file is named %1 but is not a spreadsheet.</source>
        <translation>Filen heter %1 men är inget kalkylark.</translation>
    </message>
    <message>
        <source>The file is named %1 but is really a text file (CSV). Rename it to .csv and import it again.</source>
        <translation>Filen heter %1 men är egentligen en textfil (CSV). Byt namn till .csv och importera den igen.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB; a list of people or an attendance report is far smaller. It may be damaged or made to harm: open it in Excel and save only the list.</source>
        <translation>Arbetsboken packas upp till mer än %1 MB; en lista med personer eller en närvarorapport är mycket mindre. Den kan vara skadad eller gjord för att skada: öppna den i Excel och spara bara listan.</translation>
    </message>
    <message>
        <source>A sheet of the workbook reaches row %1 and column %2 - more than %3 cells to read; a list of people or an attendance report is far smaller. Delete what lies beyond the list in Excel and save it again.</source>
        <translation>Ett blad i arbetsboken når rad %1 och kolumn %2 – mer än %3 celler att läsa; en lista med personer eller en närvarorapport är mycket mindre. Ta bort det som ligger utanför listan i Excel och spara den igen.</translation>
    </message>
    <message>
        <source>The workbook holds %1 parts; a spreadsheet has far fewer. It may be damaged.</source>
        <translation>Arbetsboken består av %1 delar; ett kalkylblad har betydligt färre. Den kan vara skadad.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password and save it again.</source>
        <translation>Arbetsboken är lösenordsskyddad. Öppna den i Excel, ta bort lösenordet och spara den igen.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is not what the file says it is. Open it in Excel and save it again.</source>
        <translation>Arbetsboken är skadad: delen %1 är inte vad filen uppger. Öppna den i Excel och spara den igen.</translation>
    </message>
    <message>
        <source>a Teams attendance report</source>
        <translation>en närvarorapport från Teams</translation>
    </message>
    <message>
        <source>a Teams attendance log</source>
        <translation>en närvarologg från Teams</translation>
    </message>
    <message>
        <source>a Teams town hall or live event report</source>
        <translation>en rapport från ett Teams-stormöte eller en livesändning i Teams</translation>
    </message>
    <message>
        <source>a Zoom webinar report</source>
        <translation>en webbinarierapport från Zoom</translation>
    </message>
    <message>
        <source>a Google Meet attendance report</source>
        <translation>en närvarorapport från Google Meet</translation>
    </message>
    <message>
        <source>a Webex attendance report</source>
        <translation>en närvarorapport från Webex</translation>
    </message>
    <message>
        <source>an attendance report</source>
        <translation>en närvarorapport</translation>
    </message>
    <message>
        <source>a Zoom participant report</source>
        <translation>en deltagarrapport från Zoom</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (rad %2)</translation>
    </message>
    <message>
        <source>Column %1 holds %2 characters; a spreadsheet cell holds at most %3. This is not a list of people, or the file is damaged.</source>
        <translation>Kolumn %1 innehåller %2 tecken; en cell i ett kalkylblad rymmer högst %3. Det här är inte en lista med personer, eller så är filen skadad.</translation>
    </message>
    <message>
        <source>This looks like %1, but the duration &apos;%2&apos; cannot be read.</source>
        <translation>Det här ser ut som %1, men tiden ”%2” går inte att läsa som en varaktighet.</translation>
    </message>
    <message>
        <source>This looks like %1, but the time &apos;%2&apos; cannot be read.</source>
        <translation>Det här ser ut som %1, men tidpunkten ”%2” går inte att läsa.</translation>
    </message>
    <message>
        <source>A line is longer than %1 characters; this is not an attendance report.</source>
        <translation>En rad är längre än %1 tecken; det här är ingen närvarorapport.</translation>
    </message>
    <message>
        <source>The text cannot be split into columns: %1.</source>
        <translation>Texten kan inte delas upp i kolumner: %1.</translation>
    </message>
    <message>
        <source>This looks like %1, but a join or leave has no time.</source>
        <translation>Det här ser ut som %1, men en anslutning eller ett lämnande saknar tidpunkt.</translation>
    </message>
    <message>
        <source>This looks like %1, but the action &apos;%2&apos; is neither a join nor a leave.</source>
        <translation>Det här ser ut som %1, men händelsen ”%2” är varken en anslutning eller ett lämnande.</translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Everything Facilitator stores about %1 in this file, as of %2.</source>
        <translation>Allt som Facilitator lagrar om %1 i den här filen, per %2.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Invitations and answers</source>
        <translation>Inbjudningar och svar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Webbsändning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Satsning</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad genom</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Anslöt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oanmäld</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Ersättare för</translation>
    </message>
    <message>
        <source>Others who attended in their place</source>
        <translation>Andra som deltog i personens ställe</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <source>Before an attendance import</source>
        <translation>Före en närvaroimport</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Före en sammanslagning</translation>
    </message>
    <message>
        <source>Before removing old personal data</source>
        <translation>Före borttagning av gamla personuppgifter</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to put back into the open file. What the file holds now is backed up first, so this can be undone by restoring that backup. Backups are kept in %1.</source>
        <translation>Välj den säkerhetskopia som ska läggas tillbaka i den öppna filen. Det filen innehåller nu säkerhetskopieras först, så du kan ångra genom att återställa den kopian. Säkerhetskopiorna finns i %1.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Webbsändningar</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Det finns inga säkerhetskopior av den här filen än.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Put the backup from %1 back into the file? Changes made since then are replaced (they stay in the backup taken now).</source>
        <translation>Lägga tillbaka säkerhetskopian från %1 i filen? Ändringar som gjorts sedan dess ersätts (de finns kvar i säkerhetskopian som tas nu).</translation>
    </message>
</context>
<context>
    <name>RunSheetPrinter</name>
    <message>
        <source>Run-sheet</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Samtalsfrågor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Print Run-Sheet</source>
        <translation>Skriv ut körschema</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <source>Run-sheet %1</source>
        <translation>Körschema %1</translation>
    </message>
    <message>
        <source>Export Run-Sheet</source>
        <translation>Exportera körschema</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterat</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
    <message>
        <source>Exported the run-sheet to %1</source>
        <translation>Exporterade körschemat till %1</translation>
    </message>
</context>
<context>
    <name>RunSheetView</name>
    <message>
        <source>Added segment %1</source>
        <translation>Lade till momentet %1</translation>
    </message>
    <message>
        <source>Edited segment %1</source>
        <translation>Redigerade momentet %1</translation>
    </message>
    <message>
        <source>Deleted segment %1</source>
        <translation>Tog bort momentet %1</translation>
    </message>
    <message>
        <source>Moved segment %1 up</source>
        <translation>Flyttade upp momentet %1</translation>
    </message>
    <message>
        <source>Moved segment %1 down</source>
        <translation>Flyttade ned momentet %1</translation>
    </message>
    <message>
        <source>Added the standard agenda</source>
        <translation>Lade till standardprogrammet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation>Inga moment än</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moment</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min in all</source>
        <translation>%1 min totalt</translation>
    </message>
    <message>
        <source>ends at %1</source>
        <translation>slutar %1</translation>
    </message>
    <message>
        <source>%1 min longer than the session</source>
        <translation>%1 min längre än webbsändningen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Add &amp;Standard Agenda</source>
        <translation>Lägg till &amp;standardprogram</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Run-sheet</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <source>Now running</source>
        <translation>Pågår nu</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Edit segment</source>
        <translation>Redigera moment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nytt moment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>e.g. Broadcast part 1</source>
        <translation>t.ex. Sändning del 1</translation>
    </message>
    <message>
        <source>Planned &amp;length</source>
        <translation>Planerad &amp;längd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Discussion questions and notes are typed beside the run-sheet.</source>
        <translation>Samtalsfrågor och anteckningar skrivs bredvid körschemat.</translation>
    </message>
</context>
<context>
    <name>SegmentNotes</name>
    <message>
        <source>Edited questions for %1</source>
        <translation>Redigerade frågorna till %1</translation>
    </message>
    <message>
        <source>Typed notes for %1</source>
        <translation>Skrev anteckningar till %1</translation>
    </message>
    <message>
        <source>Select a segment to see its notes.</source>
        <translation>Välj ett moment för att se dess anteckningar.</translation>
    </message>
    <message>
        <source>Discussion &amp;questions</source>
        <translation>Samtals&amp;frågor</translation>
    </message>
    <message>
        <source>&amp;Notes (saved as you type)</source>
        <translation>&amp;Anteckningar (sparas medan du skriver)</translation>
    </message>
    <message>
        <source>A question or two for the local discussion</source>
        <translation>En eller två frågor till det lokala samtalet</translation>
    </message>
    <message>
        <source>What was said, decided or should be followed up</source>
        <translation>Vad som sades, beslutades eller ska följas upp</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(inte angivet)</translation>
    </message>
    <message>
        <source>Note: overlaps in time with %1.</source>
        <translation>Obs! Tiden krockar med %1.</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Redigera webbsändning</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny webbsändning</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Webbsändning</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>&amp;Fokusområde</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Slutar</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;Join link</source>
        <translation>&amp;Länk till sändningen</translation>
    </message>
    <message>
        <source>https://teams.microsoft.com/l/meetup-join/…</source>
        <translation>https://teams.microsoft.com/l/meetup-join/…</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>Lo&amp;kal</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>A&amp;ntal platser</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eskrivning</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Save Calendar Invitation</source>
        <translation>Spara kalenderinbjudan</translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation>Kalenderinbjudningar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar invitation</source>
        <translation>Kalenderinbjudan</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another folder.</source>
        <translation>Filen kunde inte sparas: %1. Välj en annan mapp.</translation>
    </message>
    <message numerus="yes">
        <source>Cancellation for %n invitee(s) saved as %1</source>
        <translation>
            <numerusform>Inställelse för %n inbjuden sparad som %1</numerusform>
            <numerusform>Inställelse för %n inbjudna sparad som %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar invitation for %n invitee(s) saved as %1</source>
        <translation>
            <numerusform>Kalenderinbjudan för %n inbjuden sparad som %1</numerusform>
            <numerusform>Kalenderinbjudan för %n inbjudna sparad som %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without an email address left out)</source>
        <translation>
            <numerusform>(%n utan e-postadress utelämnad)</numerusform>
            <numerusform>(%n utan e-postadress utelämnade)</numerusform>
        </translation>
    </message>
    <message>
        <source>This session has no start time yet. Set it with Edit Session, then save the invitation.</source>
        <translation>Webbsändningen har ingen starttid än. Ange den med Redigera webbsändning och spara sedan inbjudan.</translation>
    </message>
    <message>
        <source>A calendar invitation names its organiser: enter your name and email address in Settings first. Open Settings now?</source>
        <translation>En kalenderinbjudan anger vem som bjuder in: ange först ditt namn och din e-postadress i Inställningar. Vill du öppna Inställningar nu?</translation>
    </message>
    <message>
        <source>Import Attendance Report</source>
        <translation>Importera närvarorapport</translation>
    </message>
    <message>
        <source>Attendance reports from Teams, Zoom, Meet or Webex (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Närvarorapporter från Teams, Zoom, Meet eller Webex (*.csv *.tsv *.txt *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 kan inte importeras. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n participant(s)</source>
        <translation>
            <numerusform>%1 · %n deltagare</numerusform>
            <numerusform>%1 · %n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded attendance from %1: %n present</source>
        <translation>
            <numerusform>Registrerade närvaro från %1: %n närvarande</numerusform>
            <numerusform>Registrerade närvaro från %1: %n närvarande</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 (its dates can be read either way)</source>
        <translation>%1 eller %2 (datumen kan läsas åt båda hållen)</translation>
    </message>
    <message>
        <source>%1 is a report of a meeting on %2, but this session is on %3. Is it the report of this session?</source>
        <translation>%1 är en rapport från ett möte den %2, men den här webbsändningen är den %3. Är det rapporten från den här webbsändningen?</translation>
    </message>
    <message>
        <source>&amp;Import Anyway</source>
        <translation>&amp;Importera ändå</translation>
    </message>
    <message>
        <source>Export Attendance List</source>
        <translation>Exportera närvarolista</translation>
    </message>
    <message>
        <source>Exported the attendance list to %1</source>
        <translation>Exporterade närvarolistan till %1</translation>
    </message>
    <message>
        <source>← All sessions</source>
        <translation>← Alla webbsändningar</translation>
    </message>
    <message>
        <source>E&amp;dit Session…</source>
        <translation>&amp;Redigera webbsändning…</translation>
    </message>
    <message>
        <source>&amp;Calendar Invitation…</source>
        <translation>&amp;Kalenderinbjudan…</translation>
    </message>
    <message>
        <source>Save an .ics file to send from Outlook or another calendar</source>
        <translation>Spara en .ics-fil att skicka från Outlook eller en annan kalender</translation>
    </message>
    <message>
        <source>&amp;Write to Invitees…</source>
        <translation>&amp;Skriv till de inbjudna…</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>Import Attendance Report…</source>
        <translation>Importera närvarorapport…</translation>
    </message>
    <message>
        <source>Export Attendance List…</source>
        <translation>Exportera närvarolista…</translation>
    </message>
    <message>
        <source>Print Roster or Sign-in Sheet…</source>
        <translation>Skriv ut deltagarförteckning eller närvarolista…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inbjudningar</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Run-sheet</source>
        <translation>Körschema</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>No time set</source>
        <translation>Ingen tid angiven</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inbjudna</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tackat ja</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n webbsändning</numerusform>
            <numerusform>%n webbsändningar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Cancel Session</source>
        <translation>&amp;Ställ in</translation>
    </message>
    <message>
        <source>Created session %1</source>
        <translation>Skapade webbsändningen %1</translation>
    </message>
    <message>
        <source>Edited session %1</source>
        <translation>Redigerade webbsändningen %1</translation>
    </message>
    <message>
        <source>Reinstated %1</source>
        <translation>Återställde %1</translation>
    </message>
    <message>
        <source>Cancel %1? It stays in the list, marked as cancelled.</source>
        <translation>Vill du ställa in %1? Den finns kvar i listan, markerad som inställd.</translation>
    </message>
    <message numerus="yes">
        <source>%n invitee(s) expect this session. Send them the cancellation: open the session and save its calendar invitation, which then cancels the meeting in their calendars, or write to them.</source>
        <translation>
            <numerusform>%n inbjuden väntar sig webbsändningen. Meddela att den ställs in: öppna webbsändningen och spara dess kalenderinbjudan, som då tar bort mötet ur kalendern, eller skriv till de inbjudna.</numerusform>
            <numerusform>%n inbjudna väntar sig webbsändningen. Meddela att den ställs in: öppna webbsändningen och spara dess kalenderinbjudan, som då tar bort mötet ur kalendern, eller skriv till de inbjudna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Ställde in %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>session</comment>
        <translation>Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Attendance has been recorded for %n person(s). Delete anyway, attendance included? (You can undo this.)</source>
        <translation>
            <numerusform>Närvaro har registrerats för %n person. Vill du ta bort ändå, med närvaron? (Det går att ångra.)</numerusform>
            <numerusform>Närvaro har registrerats för %n personer. Vill du ta bort ändå, med närvaron? (Det går att ångra.)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Ställ in webbsändning</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Tog bort %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Webbsändningar</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Ny webbsändning…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>Shown as organiser on calendar invitations</source>
        <translation>Visas som organisatör i kalenderinbjudningar</translation>
    </message>
    <message>
        <source>Your &amp;email</source>
        <translation>Din &amp;e-postadress</translation>
    </message>
    <message>
        <source>Keep personal data &amp;for</source>
        <translation>Spara personuppgifter &amp;i</translation>
    </message>
    <message>
        <source> months after a programme</source>
        <translation> månader efter en satsning</translation>
    </message>
    <message>
        <source>File → Remove Old Personal Data suggests removing people with no activity for this long</source>
        <translation>Arkiv → Ta bort gamla personuppgifter föreslår att personer utan aktivitet så länge tas bort</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;Facilitator keeps your webcast sessions, the officials you invite and who attended in one file on this computer.&lt;/p&gt;&lt;p&gt;Choose your county: its municipalities, its region and its county administrative board are added as organisations, ready for your invitees.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Välkommen!&lt;/h3&gt;&lt;p&gt;Facilitator samlar dina webbsändningar, de förtroendevalda och tjänstepersoner du bjuder in och vilka som deltog – allt i en fil på den här datorn.&lt;/p&gt;&lt;p&gt;Välj ditt län, så läggs länets kommuner, region och länsstyrelse in som organisationer, redo för dem du vill bjuda in.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your file: %1</source>
        <translation>Din fil: %1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Choose a county…</source>
        <translation>Välj län…</translation>
    </message>
    <message>
        <source>Welcome to Facilitator</source>
        <translation>Välkommen till Facilitator</translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation>&amp;Län</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>Sa&amp;tsning</translation>
    </message>
    <message>
        <source>Reach &amp;target</source>
        <translation>&amp;Mål för antal nådda</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>Try the &amp;demo (Gotland)</source>
        <translation>&amp;Prova en demo (Gotland)</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Öppna en annan fil…</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportera tabell…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be saved: %1</source>
        <translation>Tabellen kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Change reach targets</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>Reach Targets</source>
        <translation>Mål för antal nådda</translation>
    </message>
    <message>
        <source>A person is reached when they attended at least one session that was not cancelled.</source>
        <translation>En person är nådd när hen deltagit i minst en webbsändning som inte ställts in.</translation>
    </message>
    <message>
        <source>&amp;Reach target</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;National target</source>
        <translation>&amp;Nationellt mål</translation>
    </message>
    <message>
        <source>Targets per category (optional)</source>
        <translation>Mål per kategori (valfritt)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrade: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjorde om: %1</translation>
    </message>
</context>
<context>
    <name>XcbCheck</name>
    <message>
        <source>Facilitator cannot open its window: libraries that Qt needs for X11 are missing on this computer (%1).
Install them, then start Facilitator again:

    sudo apt install %2

(Those are the Debian and Ubuntu package names; the README lists them for other systems.)</source>
        <translation>Facilitator kan inte öppna sitt fönster: bibliotek som Qt behöver för X11 saknas på den här datorn (%1).
Installera dem och starta sedan Facilitator igen:

    sudo apt install %2

(Det är paketnamnen i Debian och Ubuntu; README anger dem för andra system.)</translation>
    </message>
</context>
</TS>
