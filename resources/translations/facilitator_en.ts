<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>Installed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application folder (PyInstaller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema this version writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Copied. Paste it into your message to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Support Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan webcast sessions, invite officials and record who attended – for a county&apos;s project lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the European Union Public Licence (EUPL) 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you ask for help, copy this information into your message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Open Facilitator File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Facilitator does not replace files: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. The demo is only written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a network drive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a folder synced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your roaming profile (%1), which is copied to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in a risky place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s file can be damaged when another computer or a sync program copies it while it is open, and network drives do not support what keeps it safe. Keep the file on this computer (%1) and share copies instead (File → Save a Copy). Backups are kept on this computer either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Facilitator does not replace files: open it, or move the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2. Choose a folder where you can save files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <source>%1 is a report of a meeting on %2, but session %3 is on %4; nothing imported. Give --any-date to import it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the report&apos;s meeting is called %1, the session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the report&apos;s address %1 is not the registered one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 was connected twice at the same time; counted %3 minutes, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2 (its dates can be read either way)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceReviewDialog</name>
    <message>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched · %2 to check · %3 not matched · %4 will be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected from two devices at once: %1 minutes added up, %2 minutes in the meeting. The overlap is counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name matches, but the report&apos;s address %1 is not the one in the register. Confirm it is the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s meeting is called “%1”; this session is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) were connected from two devices at once; the time their connections overlap is counted once.</source>
        <translation>
            <numerusform>%n participant was connected from two devices at once; the time their connections overlap is counted once.</numerusform>
            <numerusform>%n participants were connected from two devices at once; the time their connections overlap is counted once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Attendance Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present after at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in (not invited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the list: Enter adds as walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer marked present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is here, for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is here (walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here of %2 invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site %1 · remote %2 · walk-ins %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or organisation · ↑↓ choose · Enter: here / not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in: search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bstitute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone attends in place of the selected invitee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reached (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached (no target set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1 · accepted %2 · attended %3 · %4 no-shows at sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Reach Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the attendance list with people&apos;s names? Without it the report holds only figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the reach report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited → accepted → attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations with nobody reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted but absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach per county against its target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose File → Open to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Facilitator file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file that Facilitator saved, or create a new one with File → New File.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database, but not one made by Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator opens only its own files, so it leaves this one untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup copy of the file. The damaged file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Facilitator to open it. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: it or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only to look, or copy it to a folder where you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Facilitator window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and the file is not locked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one name on this disk (a hard link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator cannot tell whether it is open under its other name, so it will not change it. Open it read-only, or copy it and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes to %1 are in a file beside it (ending in -wal) that cannot be read in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file together with the files beside it that start with its name to a folder where you can save, and open the copy there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to %1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it was saved. Free some space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Close the program that has the file open (a database tool, a backup or sync program) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made in %1 before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the disk is not full and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV for Excel (Swedish: semicolons, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, plain (commas, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Attendance List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;programme: who attended what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns (tick the ones to export; drag or use the buttons to order them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPeopleWizard</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (split into given and family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose which column holds the names (given, family or full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 can be imported, %3 cannot. %4 are the same person as someone already in the register or earlier in the list (the same email, or the same name and organisation); %5 have the name of someone else but may be another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) created.</source>
        <translation>
            <numerusform>%n organisation created.</numerusform>
            <numerusform>%n organisations created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip the Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Selected as New People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people from %1</source>
        <translation>
            <numerusform>Imported %n person from %1</numerusform>
            <numerusform>Imported %n people from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s),</source>
        <translation>
            <numerusform>Added %n person,</numerusform>
            <numerusform>Added %n people,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n.</source>
        <translation>
            <numerusform>updated %n.</numerusform>
            <numerusform>updated %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported.</source>
        <translation>
            <numerusform>%n row not imported.</numerusform>
            <numerusform>%n rows not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below: why rows were not imported, and what was imported but should be looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo removes the whole import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File: %1 · %n row(s)</source>
        <translation>
            <numerusform>File: %1 · %n row</numerusform>
            <numerusform>File: %1 · %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them (keep what the register has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the register from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (add them as new people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the person of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them as new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the Register from the Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click duplicates to decide row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column of the file holds. The preview shows the first rows as they will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category when the file has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list names organisations that are not in this file, or not for certain. For each name, use one of the file&apos;s organisations, create it, or import the people without one - the name is then kept in their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision for the selected names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use an organisation in this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;without an organisation (the name is kept in the person&apos;s notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Decide about duplicates, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsView</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the register has been invited to a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invite these %n to this session</source>
        <translation>
            <numerusform>Invite this person to this session</numerusform>
            <numerusform>Invite these %n to this session</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone chosen was already invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n new)</numerusform>
            <numerusform>(%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>This session is cancelled. Invite people to it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has already taken place. Invite people to it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone not yet invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people not invited to any session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite everyone active in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite everyone active who is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen people</source>
        <translation>
            <numerusform>%n chosen person</numerusform>
            <numerusform>%n chosen people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n invitee(s) as %1</source>
        <translation>
            <numerusform>Marked %n invitee as %1</numerusform>
            <numerusform>Marked %n invitees as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n invitation(s)</source>
        <translation>
            <numerusform>Removed %n invitation</numerusform>
            <numerusform>Removed %n invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone Not Yet Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not invited to any session yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitePeopleDialog</name>
    <message numerus="yes">
        <source>%n person(s) chosen</source>
        <translation>
            <numerusform>%n person chosen</numerusform>
            <numerusform>%n people chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register, select people (Ctrl or Shift for several) and invite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, title, organisation or email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Elected official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County board management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County administrative board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County administrative boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address (name@example.se).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveBoard</name>
    <message>
        <source>left of this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run-sheet ended at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add segments, or start from the standard agenda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Everyone invited who has not declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those who have not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those who accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as your template for new mails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Mail %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) in BCC.</source>
        <translation>
            <numerusform>%n address in BCC.</numerusform>
            <numerusform>%n addresses in BCC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail programs accept only so many addresses in one go, so this is %n mails: open each one and send it.</source>
        <translation>
            <numerusform>Mail programs accept only so many addresses in one go, so this is %n mail: open it and send it.</numerusform>
            <numerusform>Mail programs accept only so many addresses in one go, so this is %n mails: open each one and send it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is too long to hand to the mail program: copy the addresses and paste them, and the text, into a new mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitee(s) have no email address.</source>
        <translation>
            <numerusform>%n invitee has no email address.</numerusform>
            <numerusform>%n invitees have no email address.</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses are on the clipboard: paste them into the BCC field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {date}, {time}, {link} and {room} are filled in from the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;My Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Standard Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open Facilitator File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Facilitator File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the open file. Choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People lists (*.xlsx *.ods *.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Another Facilitator File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file you have open, so there is nothing to merge. Choose another region&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 conflicts kept as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Another Facilitator File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Old Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file → the other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 into this file. Rows are matched by their identity, people also by email and organisations by official code; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed in both files, and this file&apos;s copy is as new or newer. Choose which values to keep.</source>
        <translation>
            <numerusform>%n row changed in both files, and this file&apos;s copy is as new or newer. Choose which values to keep.</numerusform>
            <numerusform>%n rows changed in both files, and this file&apos;s copy is as new or newer. Choose which values to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: where both files hold a row, the newer copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-sheet segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Another Facilitator File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the merge will do, per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows both files changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs for A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationChoices</name>
    <message>
        <source>Perhaps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - in Sweden, not in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without; the name is kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no county)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0980 for a municipality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n person(s). Move them to another organisation or delete them first.</source>
        <translation>
            <numerusform>%1 has %n person. Move them to another organisation or delete them first.</numerusform>
            <numerusform>%1 has %n people. Move them to another organisation or delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Organisation in the imported list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same email as person %1 in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same email as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and organisation as person %1 in the register, and no email that tells them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and organisation as line %1, and no email that tells them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name as person %1 in the register, but perhaps someone else (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name as line %1, but perhaps someone else (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address %1 is not valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported without an organisation, as chosen; &quot;%1&quot; is kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; is not recognised for certain; imported without one, the name kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; (%2) is not in this file; imported without one, the name kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; is not in this file; imported without one, the name kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Inactive: kept for the attendance history, not invited any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register E&amp;xtract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has attended sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected people have attended sessions.</source>
        <translation>
            <numerusform>%n of the selected people has attended sessions.</numerusform>
            <numerusform>%n of the selected people have attended sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating keeps their attendance history and stops new invitations. Deleting erases them and their attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, title, organisation or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (can be invited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Print List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster: invitees by organisation, with their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet: invitees by name, with a signature column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance, whole programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Register extract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Register Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON for another system (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extract could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the register extract for %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 completely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the person, %1 invitations and %2 attendance records from the file, leaving nothing to recover, and clears the undo history. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) still hold this person (%1) in %2. They are removed as backups age out.</source>
        <translation>
            <numerusform>%n older backup still holds this person (%1) in %2. It is removed as backups age out.</numerusform>
            <numerusform>%n older backups still hold this person (%1) in %2. They are removed as backups age out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator ran into a problem it did not expect, and what you just did may not have finished. What was saved before is safe: every change is saved as one whole step, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are also in the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove Old Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. This removes everyone who has had nothing to do with a session since the date below: not invited to or attending anything of a programme that was still running then, and not changed since. Those who attended stay counted in the reach of past programmes, without name or contact details. A backup is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who would be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (counted in reach, anonymously)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be removed.</source>
        <translation>
            <numerusform>%n person would be removed.</numerusform>
            <numerusform>%n people would be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programmes ended before then: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme had ended before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n person(s)? This cannot be undone (the backup made first holds them until it ages out).</source>
        <translation>
            <numerusform>Remove %n person? This cannot be undone (the backup made first holds them until it ages out).</numerusform>
            <numerusform>Remove %n people? This cannot be undone (the backup made first holds them until it ages out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n person(s) with no recent activity</source>
        <translation>
            <numerusform>Removed %n person with no recent activity</numerusform>
            <numerusform>Removed %n people with no recent activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>Facilitator files (*.sqlite *.facilitator *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachReport</name>
    <message>
        <source>Invited, accepted, attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations with nobody reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has been reached in every organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach per county against its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reached (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the attendance list: this report holds personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures only: no names or email addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no county)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is really %1, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file mixes two encodings: some lines are UTF-8, others Windows-1252, so some letters would come out wrong. Save the list again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not UTF-8, and no other encoding reads it cleanly (it would read &quot;%1&quot;). Save it from Excel as &apos;CSV UTF-8&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is %1 but holds bytes that are not. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; the limit is %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotation mark (&quot;) that opens a cell on this line is never closed, so the lines after it would have become one cell; it was read as an ordinary character and the row kept. Check the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is longer than %1 characters; this is not a list of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as text in %1 with cells separated by %2, the file has fewer than two columns; it is not a table of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sheet of the workbook that holds anything has fewer than two columns; it is not a table of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1, but it lists nobody: it has its headings and no participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1, but its list of participants cannot be read. The first line not understood: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an attendance report Facilitator can read (from Teams, Zoom, Google Meet or Webex). It begins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook cannot be opened (%1). Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sheet of the workbook is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named %1 but is really %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named %1 but is not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is named %1 but is really a text file (CSV). Rename it to .csv and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB; a list of people or an attendance report is far smaller. It may be damaged or made to harm: open it in Excel and save only the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet of the workbook reaches row %1 and column %2 - more than %3 cells to read; a list of people or an attendance report is far smaller. Delete what lies beyond the list in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds %1 parts; a spreadsheet has far fewer. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 is not what the file says it is. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Teams attendance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Teams attendance log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Teams town hall or live event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Zoom webinar report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Google Meet attendance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Webex attendance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attendance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Zoom participant report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds %2 characters; a spreadsheet cell holds at most %3. This is not a list of people, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1, but the duration &apos;%2&apos; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1, but the time &apos;%2&apos; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is longer than %1 characters; this is not an attendance report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be split into columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1, but a join or leave has no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1, but the action &apos;%2&apos; is neither a join nor a leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Facilitator stores about %1 in this file, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others who attended in their place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an attendance import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before removing old personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put back into the open file. What the file holds now is backed up first, so this can be undone by restoring that backup. Backups are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup from %1 back into the file? Changes made since then are replaced (they stay in the backup taken now).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSheetPrinter</name>
    <message>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Run-Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Run-Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the run-sheet to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSheetView</name>
    <message>
        <source>Added segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved segment %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved segment %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the standard agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min longer than the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Standard Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Edit segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Broadcast part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion questions and notes are typed beside the run-sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentNotes</name>
    <message>
        <source>Edited questions for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed notes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment to see its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question or two for the local discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, decided or should be followed up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: overlaps in time with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://teams.microsoft.com/l/meetup-join/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Save Calendar Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar invitations (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancellation for %n invitee(s) saved as %1</source>
        <translation>
            <numerusform>Cancellation for %n invitee saved as %1</numerusform>
            <numerusform>Cancellation for %n invitees saved as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar invitation for %n invitee(s) saved as %1</source>
        <translation>
            <numerusform>Calendar invitation for %n invitee saved as %1</numerusform>
            <numerusform>Calendar invitation for %n invitees saved as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without an email address left out)</source>
        <translation>
            <numerusform>(%n without an email address left out)</numerusform>
            <numerusform>(%n without an email address left out)</numerusform>
        </translation>
    </message>
    <message>
        <source>This session has no start time yet. Set it with Edit Session, then save the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar invitation names its organiser: enter your name and email address in Settings first. Open Settings now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Attendance Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance reports from Teams, Zoom, Meet or Webex (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n participant(s)</source>
        <translation>
            <numerusform>%1 · %n participant</numerusform>
            <numerusform>%1 · %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded attendance from %1: %n present</source>
        <translation>
            <numerusform>Recorded attendance from %1: %n present</numerusform>
            <numerusform>Recorded attendance from %1: %n present</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2 (its dates can be read either way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a report of a meeting on %2, but this session is on %3. Is it the report of this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Attendance List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the attendance list to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar Invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an .ics file to send from Outlook or another calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to Invitees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Attendance Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Attendance List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Roster or Sign-in Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>No time set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1? It stays in the list, marked as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitee(s) expect this session. Send them the cancellation: open the session and save its calendar invitation, which then cancels the meeting in their calendars, or write to them.</source>
        <translation>
            <numerusform>%n invitee expects this session. Send them the cancellation: open the session and save its calendar invitation, which then cancels the meeting in their calendars, or write to them.</numerusform>
            <numerusform>%n invitees expect this session. Send them the cancellation: open the session and save its calendar invitation, which then cancels the meeting in their calendars, or write to them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attendance has been recorded for %n person(s). Delete anyway, attendance included? (You can undo this.)</source>
        <translation>
            <numerusform>Attendance has been recorded for %n person. Delete anyway, attendance included? (You can undo this.)</numerusform>
            <numerusform>Attendance has been recorded for %n people. Delete anyway, attendance included? (You can undo this.)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as organiser on calendar invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep personal data &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months after a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → Remove Old Personal Data suggests removing people with no activity for this long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome!&lt;/h3&gt;&lt;p&gt;Facilitator keeps your webcast sessions, the officials you invite and who attended in one file on this computer.&lt;/p&gt;&lt;p&gt;Choose your county: its municipalities, its region and its county administrative board are added as organisations, ready for your invitees.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a county…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach &amp;target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo (Gotland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Change reach targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is reached when they attended at least one session that was not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets per category (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XcbCheck</name>
    <message>
        <source>Facilitator cannot open its window: libraries that Qt needs for X11 are missing on this computer (%1).
Install them, then start Facilitator again:

    sudo apt install %2

(Those are the Debian and Ubuntu package names; the README lists them for other systems.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
