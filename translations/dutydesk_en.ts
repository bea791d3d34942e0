<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DutyDesk::AssignmentCommand</name>
    <message>
        <source>The duty slot was changed elsewhere meanwhile; the edit cannot be applied.</source>
        <translation>The duty slot was changed elsewhere meanwhile; the edit cannot be applied.</translation>
    </message>
    <message>
        <source>Assign “%1”</source>
        <translation>Assign “%1”</translation>
    </message>
    <message>
        <source>Remove “%1” from Duty</source>
        <translation>Remove “%1” from Duty</translation>
    </message>
    <message>
        <source>Replace by “%1”</source>
        <translation>Replace by “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
</context>
<context>
    <name>DutyDesk::AuditText</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Erased on request</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Chain rewritten</source>
        <translation>Chain rewritten</translation>
    </message>
    <message>
        <source>Auto-filled</source>
        <translation>Auto-filled</translation>
    </message>
    <message>
        <source>Copied from an earlier period</source>
        <translation>Copied from an earlier period</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Sample created</source>
        <translation>Sample created</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>hotlines</source>
        <translation>hotlines</translation>
    </message>
    <message>
        <source>duty roster</source>
        <translation>duty roster</translation>
    </message>
    <message>
        <source>call sheet</source>
        <translation>call sheet</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>roster template</source>
        <translation>roster template</translation>
    </message>
    <message>
        <source>Import of %1 from “%2”</source>
        <translation>Import of %1 from “%2”</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Document %1 of “%2”</source>
        <translation>Document %1 of “%2”</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>Hotline %1</translation>
    </message>
    <message>
        <source>Duty period “%1”</source>
        <translation>Duty period “%1”</translation>
    </message>
    <message>
        <source>Shift %1 of “%2”</source>
        <translation>Shift %1 of “%2”</translation>
    </message>
    <message>
        <source>Duty role %1 of “%2”</source>
        <translation>Duty role %1 of “%2”</translation>
    </message>
    <message>
        <source>Duty of %1 at %2, %3 %4</source>
        <translation>Duty of %1 at %2, %3 %4</translation>
    </message>
    <message>
        <source>Former holder of a duty: %1</source>
        <translation>Former holder of a duty: %1</translation>
    </message>
    <message>
        <source>Unavailability of %1</source>
        <translation>Unavailability of %1</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Escalation step</translation>
    </message>
    <message>
        <source>Escalation chain of %1</source>
        <translation>Escalation chain of %1</translation>
    </message>
    <message>
        <source>Duty log entry</source>
        <translation>Duty log entry</translation>
    </message>
    <message>
        <source>Duty log entry for %1</source>
        <translation>Duty log entry for %1</translation>
    </message>
    <message>
        <source>Settings of the organisation</source>
        <translation>Settings of the organisation</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>The database</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Place in the list</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>IT/security staff</source>
        <translation>IT/security staff</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Duty period</source>
        <translation>Duty period</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation>Leaders only</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>People needed</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation>Duty role</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name (not in the directory)</source>
        <translation>Name (not in the directory)</translation>
    </message>
    <message>
        <source>Phone (not in the directory)</source>
        <translation>Phone (not in the directory)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Replaced at</source>
        <translation>Replaced at</translation>
    </message>
    <message>
        <source>Duty slot</source>
        <translation>Duty slot</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Corrects entry</source>
        <translation>Corrects entry</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Places filled</source>
        <translation>Places filled</translation>
    </message>
    <message>
        <source>Places left empty</source>
        <translation>Places left empty</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Duty roles</source>
        <translation>Duty roles</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Rows skipped</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Document symbol</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Signer&apos;s authority</source>
        <translation>Signer&apos;s authority</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Personal data removed, also from this history</source>
        <translation>Personal data removed, also from this history</translation>
    </message>
    <message>
        <source>Order: %1 → %2</source>
        <translation>Order: %1 → %2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::AutoFill</name>
    <message>
        <source>“%1” is published and locked; reopen it to make changes.</source>
        <translation>“%1” is published and locked; reopen it to make changes.</translation>
    </message>
    <message>
        <source>%1 is not a day of “%2”.</source>
        <translation>%1 is not a day of “%2”.</translation>
    </message>
    <message>
        <source>The shift does not belong to “%1”.</source>
        <translation>The shift does not belong to “%1”.</translation>
    </message>
    <message>
        <source>The duty role does not belong to “%1”.</source>
        <translation>The duty role does not belong to “%1”.</translation>
    </message>
    <message>
        <source>Place %1 of a duty role does not exist.</source>
        <translation>Place %1 of a duty role does not exist.</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>unit, day, shift, role</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1: the unit has no active people.</source>
        <translation>%1: the unit has no active people.</translation>
    </message>
    <message>
        <source>%1: the unit has no active leader.</source>
        <translation>%1: the unit has no active leader.</translation>
    </message>
    <message>
        <source>%1: nobody fits (%2).</source>
        <translation>%1: nobody fits (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n on leave</source>
        <translation>
            <numerusform>%n on leave</numerusform>
            <numerusform>%n on leave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on duty at that time</source>
        <translation>
            <numerusform>%n on duty at that time</numerusform>
            <numerusform>%n on duty at that time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without enough rest</source>
        <translation>
            <numerusform>%n without enough rest</numerusform>
            <numerusform>%n without enough rest</numerusform>
        </translation>
    </message>
    <message>
        <source>The auto-fill was cancelled; nothing was changed.</source>
        <translation>The auto-fill was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>A place filled by the auto-fill was changed elsewhere meanwhile; the auto-fill cannot be undone.</source>
        <translation>A place filled by the auto-fill was changed elsewhere meanwhile; the auto-fill cannot be undone.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::BackupListModel</name>
    <message>
        <source>On opening</source>
        <translation>On opening</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty period(s)</source>
        <translation>
            <numerusform>%n duty period</numerusform>
            <numerusform>%n duty periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>last change %1 by %2</source>
        <translation>last change %1 by %2</translation>
    </message>
    <message>
        <source>✓ Sound</source>
        <translation>✓ Sound</translation>
    </message>
    <message>
        <source>✗ Damaged: cannot be restored</source>
        <translation>✗ Damaged: cannot be restored</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>This backup is damaged and cannot be restored: %1</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Backups</name>
    <message>
        <source>The file “%1” could not be created: %2</source>
        <translation>The file “%1” could not be created: %2</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” already exists.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>The backup “%1” could not be written: %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>The folder “%1” could not be created.</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation>Table %1, row %2 refers to a missing row of %3.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged: %2</source>
        <translation>The backup “%1” is damaged: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced by the backup.</source>
        <translation>“%1” could not be replaced by the backup.</translation>
    </message>
    <message>
        <source>“%1” could not be kept as a backup before the restore.</source>
        <translation>“%1” could not be kept as a backup before the restore.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CallSheetPdf</name>
    <message>
        <source>The call sheets could not be drawn.</source>
        <translation>The call sheets could not be drawn.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CellParser</name>
    <message>
        <source>“%1” is not a valid Vietnamese phone number.</source>
        <translation>“%1” is not a valid Vietnamese phone number.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CliApplication</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>The database file (default: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>Language of messages: vi (default) or en.</source>
        <translation>Language of messages: vi (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>init: fill the new database with the sample province.</source>
        <translation>init: fill the new database with the sample province.</translation>
    </message>
    <message>
        <source>who: the moment to ask about (default: now).</source>
        <translation>who: the moment to ask about (default: now).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>people: only the people of this unit.</source>
        <translation>people: only the people of this unit.</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>audit: only records from this day on.</source>
        <translation>audit: only records from this day on.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>search: at most this many results (default 20).</source>
        <translation>search: at most this many results (default 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export: the duty period (id or title).</source>
        <translation>export: the duty period (id or title).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>export: pdf, xlsx, csv, ics or vcf.</source>
        <translation>export: pdf, xlsx, csv, ics or vcf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: the file to write.</translation>
    </message>
    <message>
        <source>export: a calendar of this person&apos;s shifts only (id).</source>
        <translation>export: a calendar of this person&apos;s shifts only (id).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>export: the CSV field separator (default “,”).</source>
        <translation>export: the CSV field separator (default “,”).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>The command to run (see above).</translation>
    </message>
    <message>
        <source>Try “dutydesk-cli --help”.</source>
        <translation>Try “dutydesk-cli --help”.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist. Create it with “dutydesk-cli init”.</source>
        <translation>The database “%1” does not exist. Create it with “dutydesk-cli init”.</translation>
    </message>
    <message numerus="yes">
        <source>Database ready: %1 (%n unit(s)).</source>
        <translation>
            <numerusform>Database ready: %1 (%n unit).</numerusform>
            <numerusform>Database ready: %1 (%n units).</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>search: give the text to look for.</source>
        <translation>search: give the text to look for.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>hotline</translation>
    </message>
    <message>
        <source>who: give a unit (id or name).</source>
        <translation>who: give a unit (id or name).</translation>
    </message>
    <message>
        <source>--at: “%1” is not a moment in the form YYYY-MM-DD HH:MM.</source>
        <translation>--at: “%1” is not a moment in the form YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>Shift: %1 (%2 – %3), %4</source>
        <translation>Shift: %1 (%2 – %3), %4</translation>
    </message>
    <message>
        <source>On duty:</source>
        <translation>On duty:</translation>
    </message>
    <message>
        <source>Escalation chain:</source>
        <translation>Escalation chain:</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>(inherited)</translation>
    </message>
    <message numerus="yes">
        <source>if no answer within %n minute(s), go on</source>
        <translation>
            <numerusform>if no answer within %n minute, go on</numerusform>
            <numerusform>if no answer within %n minutes, go on</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotlines:</source>
        <translation>Hotlines:</translation>
    </message>
    <message>
        <source>holidays: give a year from 1901 to 2099.</source>
        <translation>holidays: give a year from 1901 to 2099.</translation>
    </message>
    <message>
        <source>proposed days off: %1</source>
        <translation>proposed days off: %1</translation>
    </message>
    <message>
        <source>lunar: give a date in the form YYYY-MM-DD.</source>
        <translation>lunar: give a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>backup: give the file to write.</source>
        <translation>backup: give the file to write.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>restore: give the backup file to restore.</source>
        <translation>restore: give the backup file to restore.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>The backup “%1” does not exist.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Restored %1 into %2.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>The database is sound.</translation>
    </message>
    <message>
        <source>--since: “%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>--since: “%1” is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>export: give the format with --format.</source>
        <translation>export: give the format with --format.</translation>
    </message>
    <message>
        <source>export: “%1” is not pdf, xlsx, csv, ics or vcf.</source>
        <translation>export: “%1” is not pdf, xlsx, csv, ics or vcf.</translation>
    </message>
    <message>
        <source>export: give the file to write with --output.</source>
        <translation>export: give the file to write with --output.</translation>
    </message>
    <message>
        <source>export: give the duty period with --period.</source>
        <translation>export: give the duty period with --period.</translation>
    </message>
    <message>
        <source>--person needs a person&apos;s id (see “dutydesk-cli people”).</source>
        <translation>--person needs a person&apos;s id (see “dutydesk-cli people”).</translation>
    </message>
    <message>
        <source>--delimiter needs one character (or “tab”).</source>
        <translation>--delimiter needs one character (or “tab”).</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Written: %1 (%n page).</numerusform>
            <numerusform>Written: %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n record(s)).</source>
        <translation>
            <numerusform>Written: %1 (%n record).</numerusform>
            <numerusform>Written: %1 (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only duty mode: only the duty log can be written.</source>
        <translation>Read-only duty mode: only the duty log can be written.</translation>
    </message>
    <message>
        <source>import: check the file and report, change nothing.</source>
        <translation>import: check the file and report, change nothing.</translation>
    </message>
    <message>
        <source>import: the sheet of an XLSX file (name or number).</source>
        <translation>import: the sheet of an XLSX file (name or number).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import: import the good rows, leaving out the rows in error.</source>
        <translation>import: import the good rows, leaving out the rows in error.</translation>
    </message>
    <message>
        <source>assign: the day.</source>
        <translation>assign: the day.</translation>
    </message>
    <message>
        <source>assign: the shift (name).</source>
        <translation>assign: the shift (name).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>assign: the duty role (name).</source>
        <translation>assign: the duty role (name).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>assign: a note for the slot.</source>
        <translation>assign: a note for the slot.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>import: give what to import (units, people, hotlines or roster) and the file.</source>
        <translation>import: give what to import (units, people, hotlines or roster) and the file.</translation>
    </message>
    <message>
        <source>import: “%1” is not units, people, hotlines or roster.</source>
        <translation>import: “%1” is not units, people, hotlines or roster.</translation>
    </message>
    <message>
        <source>import: the file “%1” does not exist.</source>
        <translation>import: the file “%1” does not exist.</translation>
    </message>
    <message>
        <source>import roster: give the duty period with --period.</source>
        <translation>import roster: give the duty period with --period.</translation>
    </message>
    <message>
        <source>Give the duty period with --period (id or title).</source>
        <translation>Give the duty period with --period (id or title).</translation>
    </message>
    <message>
        <source>No problems in “%1”.</source>
        <translation>No problems in “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled %1 slot(s) of %2.</source>
        <translation>Filled %1 slot(s) of %2.</translation>
    </message>
    <message>
        <source>Largest spread of load within a unit (max – min): %1</source>
        <translation>Largest spread of load within a unit (max – min): %1</translation>
    </message>
    <message>
        <source>assign: --%1 is required.</source>
        <translation>assign: --%1 is required.</translation>
    </message>
    <message>
        <source>--day: “%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>--day: “%1” is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” has no shift “%2”.</source>
        <translation>“%1” has no shift “%2”.</translation>
    </message>
    <message>
        <source>“%1” has no duty role “%2”.</source>
        <translation>“%1” has no duty role “%2”.</translation>
    </message>
    <message>
        <source>Nobody called “%1” works at %2.</source>
        <translation>Nobody called “%1” works at %2.</translation>
    </message>
    <message>
        <source>Several people called “%1” work at %2; give the id.</source>
        <translation>Several people called “%1” work at %2; give the id.</translation>
    </message>
    <message>
        <source>Assigned (id %1).</source>
        <translation>Assigned (id %1).</translation>
    </message>
    <message>
        <source>unassign: give the id of the assignment.</source>
        <translation>unassign: give the id of the assignment.</translation>
    </message>
    <message>
        <source>Slot emptied (assignment %1).</source>
        <translation>Slot emptied (assignment %1).</translation>
    </message>
    <message>
        <source>Usage: dutydesk-cli [--database FILE] [--json] COMMAND [ARGUMENTS]

Commands:
  init [--sample]              create a database; --sample fills it with a
                               fictional province
  units                        list the units
  people [--unit UNIT]         list people with their numbers
  periods                      list the duty periods
  search TEXT [--limit N]      find units, people, numbers and hotlines
  who UNIT [--at &quot;YYYY-MM-DD HH:MM&quot;]
                               who is on duty and whom to call next
  holidays YEAR                the public holidays of a year, with proposed days off
  lunar YYYY-MM-DD             the Vietnamese lunar date of a day
  backup FILE                  write a consistent copy of the database to FILE
  restore FILE                 replace the database by the backup FILE (the
                               current file is kept as a backup first)
  verify                       check the database&apos;s integrity
  audit [--since YYYY-MM-DD]   who changed or exported what, and when
  export roster|callsheet|contacts [--period P] [--unit UNIT] [--person ID]
         --format pdf|xlsx|csv|ics|vcf --output FILE [--delimiter C]
                               write a document or file; roster: pdf, xlsx,
                               csv, ics; callsheet: pdf; contacts (no period):
                               xlsx, csv, vcf
  export template --period P --unit UNIT [-o FILE]
                               an XLSX roster for the unit to fill in (drop-downs
                               of its people) that imports back as it is
  generate --units N --people M --days D [--seed S]
                               fill an empty database with synthetic data
  check --period P [--unit UNIT]
                               gaps, double bookings and other problems of a
                               roster; exit 0 only when there are none
  autofill --period P [--unit UNIT]
                               fill the empty slots fairly
  assign --period P --unit UNIT --day YYYY-MM-DD --shift S --role R
         --person PERSON [--note TEXT]
                               put a person in a slot
  unassign ID                  empty the slot of assignment ID
  import units|people|hotlines|roster FILE [--period P] [--unit UNIT]
         [--sheet NAME] [--dry-run] [--skip-errors]
                               bring a CSV or XLSX file in, all or nothing,
                               after a backup; --dry-run only reports; a
                               filled template needs no --period or --unit

UNIT and period arguments take an id or a name, with or without diacritics.
</source>
        <translation>Usage: dutydesk-cli [--database FILE] [--json] COMMAND [ARGUMENTS]

Commands:
  init [--sample]              create a database; --sample fills it with a
                               fictional province
  units                        list the units
  people [--unit UNIT]         list people with their numbers
  periods                      list the duty periods
  search TEXT [--limit N]      find units, people, numbers and hotlines
  who UNIT [--at &quot;YYYY-MM-DD HH:MM&quot;]
                               who is on duty and whom to call next
  holidays YEAR                the public holidays of a year, with proposed days off
  lunar YYYY-MM-DD             the Vietnamese lunar date of a day
  backup FILE                  write a consistent copy of the database to FILE
  restore FILE                 replace the database by the backup FILE (the
                               current file is kept as a backup first)
  verify                       check the database&apos;s integrity
  audit [--since YYYY-MM-DD]   who changed or exported what, and when
  export roster|callsheet|contacts [--period P] [--unit UNIT] [--person ID]
         --format pdf|xlsx|csv|ics|vcf --output FILE [--delimiter C]
                               write a document or file; roster: pdf, xlsx,
                               csv, ics; callsheet: pdf; contacts (no period):
                               xlsx, csv, vcf
  export template --period P --unit UNIT [-o FILE]
                               an XLSX roster for the unit to fill in (drop-downs
                               of its people) that imports back as it is
  generate --units N --people M --days D [--seed S]
                               fill an empty database with synthetic data
  check --period P [--unit UNIT]
                               gaps, double bookings and other problems of a
                               roster; exit 0 only when there are none
  autofill --period P [--unit UNIT]
                               fill the empty slots fairly
  assign --period P --unit UNIT --day YYYY-MM-DD --shift S --role R
         --person PERSON [--note TEXT]
                               put a person in a slot
  unassign ID                  empty the slot of assignment ID
  import units|people|hotlines|roster FILE [--period P] [--unit UNIT]
         [--sheet NAME] [--dry-run] [--skip-errors]
                               bring a CSV or XLSX file in, all or nothing,
                               after a backup; --dry-run only reports; a
                               filled template needs no --period or --unit

UNIT and period arguments take an id or a name, with or without diacritics.
</translation>
    </message>
    <message>
        <source>export: give what to export: roster, callsheet, contacts or template.</source>
        <translation>export: give what to export: roster, callsheet, contacts or template.</translation>
    </message>
    <message>
        <source>export: “%1” is not roster, callsheet, contacts or template.</source>
        <translation>export: “%1” is not roster, callsheet, contacts or template.</translation>
    </message>
    <message>
        <source>export template: give the unit with --unit.</source>
        <translation>export template: give the unit with --unit.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ColumnMappingStore</name>
    <message>
        <source>The header row of the mapping is not in the file.</source>
        <translation>The header row of the mapping is not in the file.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CommandLineOptions</name>
    <message>
        <source>DutyDesk: holiday duty rosters, hotlines and escalation chains.</source>
        <translation>DutyDesk: holiday duty rosters, hotlines and escalation chains.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Show this help and quit.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Show the version and quit.</translation>
    </message>
    <message>
        <source>Open FILE (created when missing).</source>
        <translation>Open FILE (created when missing).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation>Interface language: vi or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) and quit.</source>
        <translation>Save a picture of the window to FILE (PNG) and quit.</translation>
    </message>
    <message>
        <source>Show a page: %1.</source>
        <translation>Show a page: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show a unit, by id or name (diacritics optional).</source>
        <translation>Show a unit, by id or name (diacritics optional).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>The moment the Now page answers for (&quot;YYYY-MM-DD HH:MM&quot;).</source>
        <translation>The moment the Now page answers for (&quot;YYYY-MM-DD HH:MM&quot;).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use vi or en.</source>
        <translation>Unknown language “%1”: use vi or en.</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use %2.</source>
        <translation>Unknown page “%1”: use %2.</translation>
    </message>
    <message>
        <source>“%1” is not a moment like 2023-04-30 20:00.</source>
        <translation>“%1” is not a moment like 2023-04-30 20:00.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>Show a duty period in the roster, by id or title.</source>
        <translation>Show a duty period in the roster, by id or title.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Read-only duty desk: search, answer and print; only the duty log can be written.</source>
        <translation>Read-only duty desk: search, answer and print; only the duty log can be written.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CoverageModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>filled/required places</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1, %2: every place filled</source>
        <translation>%1, %2: every place filled</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 places filled</source>
        <translation>%1, %2: %3 of %4 places filled</translation>
    </message>
    <message>
        <source>%1, %2: nobody on duty</source>
        <translation>%1, %2: nobody on duty</translation>
    </message>
    <message>
        <source>%1 staffs no duty</source>
        <translation>%1 staffs no duty</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>weekday, dd/MM</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CreatePeriodCommand</name>
    <message>
        <source>Create Period “%1”</source>
        <translation>Create Period “%1”</translation>
    </message>
    <message>
        <source>Copy Period as “%1”</source>
        <translation>Copy Period as “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CsvReader</name>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: the file cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1: the file is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1: the file is too large to import (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <source>%1: the file is too large to import (more than %2 MB).</source>
        <translation>%1: the file is too large to import (more than %2 MB).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1: this is not a text (CSV) file. Save the spreadsheet as “CSV UTF-8” or import the .xlsx file itself.</source>
        <translation>%1: this is not a text (CSV) file. Save the spreadsheet as “CSV UTF-8” or import the .xlsx file itself.</translation>
    </message>
    <message>
        <source>%1, row %2: more than %3 columns.</source>
        <translation>%1, row %2: more than %3 columns.</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; split the file.</source>
        <translation>%1: more than %2 rows; split the file.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: a field longer than %4 characters; is this really a CSV file?</source>
        <translation>%1, row %2, column %3: a field longer than %4 characters; is this really a CSV file?</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted field is not closed (a &quot; is missing).</source>
        <translation>%1, row %2: a quoted field is not closed (a &quot; is missing).</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Database</name>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>The database “%1” does not exist.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>The folder “%1” could not be created.</translation>
    </message>
    <message>
        <source>The database “%1” could not be created: %2</source>
        <translation>The database “%1” could not be created: %2</translation>
    </message>
    <message>
        <source>The database “%1” could not be opened: %2</source>
        <translation>The database “%1” could not be opened: %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of DutyDesk (database version %2; this version knows up to %3). It has not been changed. Please update DutyDesk to open it.</source>
        <translation>“%1” was written by a newer version of DutyDesk (database version %2; this version knows up to %3). It has not been changed. Please update DutyDesk to open it.</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded by DutyDesk before it can be opened read-only.</source>
        <translation>“%1” needs to be upgraded by DutyDesk before it can be opened read-only.</translation>
    </message>
    <message>
        <source>“%1” was not upgraded because no backup of it could be written first: %2</source>
        <translation>“%1” was not upgraded because no backup of it could be written first: %2</translation>
    </message>
    <message>
        <source>“%1” is not a DutyDesk database or is damaged: %2</source>
        <translation>“%1” is not a DutyDesk database or is damaged: %2</translation>
    </message>
    <message>
        <source>“%1” is not a DutyDesk database.</source>
        <translation>“%1” is not a DutyDesk database.</translation>
    </message>
    <message>
        <source>“%1” has no schema version; it is not a DutyDesk database or is damaged.</source>
        <translation>“%1” has no schema version; it is not a DutyDesk database or is damaged.</translation>
    </message>
    <message>
        <source>“%1” has an unreadable schema version.</source>
        <translation>“%1” has an unreadable schema version.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1: %2</source>
        <translation>The database could not be upgraded to version %1: %2</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>The database is busy: another DutyDesk window or command is saving. Please try again.</source>
        <translation>The database is busy: another DutyDesk window or command is saving. Please try again.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data: %1</source>
        <translation>The change breaks a rule of the data: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>This desk is in read-only duty mode: only the duty log can be written. Changes to the directory and the rosters are made at the office&apos;s desk.</source>
        <translation>This desk is in read-only duty mode: only the duty log can be written. Changes to the directory and the rosters are made at the office&apos;s desk.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DeletionSnapshot</name>
    <message>
        <source>There is nothing with id %1 to delete.</source>
        <translation>There is nothing with id %1 to delete.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DirectoryPage</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Hotlines</source>
        <translation>&amp;Hotlines</translation>
    </message>
    <message>
        <source>Steps in grey are inherited from the parent units and are edited there.</source>
        <translation>Steps in grey are inherited from the parent units and are edited there.</translation>
    </message>
    <message>
        <source>&amp;Escalation chain</source>
        <translation>&amp;Escalation chain</translation>
    </message>
    <message>
        <source>Add &amp;Unit…</source>
        <translation>Add &amp;Unit…</translation>
    </message>
    <message>
        <source>Add &amp;Sub-unit…</source>
        <translation>Add &amp;Sub-unit…</translation>
    </message>
    <message>
        <source>&amp;Edit Unit…</source>
        <translation>&amp;Edit Unit…</translation>
    </message>
    <message>
        <source>&amp;Rename Unit</source>
        <translation>&amp;Rename Unit</translation>
    </message>
    <message>
        <source>&amp;Move Unit To…</source>
        <translation>&amp;Move Unit To…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Unit</source>
        <translation>&amp;Deactivate Unit</translation>
    </message>
    <message>
        <source>De&amp;lete Unit…</source>
        <translation>De&amp;lete Unit…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Add &amp;Person…</translation>
    </message>
    <message>
        <source>Add &amp;Hotline…</source>
        <translation>Add &amp;Hotline…</translation>
    </message>
    <message>
        <source>Edit Hotline…</source>
        <translation>Edit Hotline…</translation>
    </message>
    <message>
        <source>Delete Hotline…</source>
        <translation>Delete Hotline…</translation>
    </message>
    <message>
        <source>Edit Step…</source>
        <translation>Edit Step…</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Remove Step</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>Move Step Up</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>Move Step Down</translation>
    </message>
    <message>
        <source>DutyDesk</source>
        <translation>DutyDesk</translation>
    </message>
    <message>
        <source>The directory is empty: add the first unit.</source>
        <translation>The directory is empty: add the first unit.</translation>
    </message>
    <message>
        <source>Choose a unit on the left.</source>
        <translation>Choose a unit on the left.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Re&amp;activate Unit</source>
        <translation>Re&amp;activate Unit</translation>
    </message>
    <message>
        <source>Edit Unit “%1”</source>
        <translation>Edit Unit “%1”</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>Move Unit “%1” to “%2”</source>
        <translation>Move Unit “%1” to “%2”</translation>
    </message>
    <message>
        <source>Reactivate Unit “%1”</source>
        <translation>Reactivate Unit “%1”</translation>
    </message>
    <message>
        <source>Deactivate Unit “%1”</source>
        <translation>Deactivate Unit “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-unit(s)</source>
        <translation>
            <numerusform>%n sub-unit</numerusform>
            <numerusform>%n sub-units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with their numbers</source>
        <translation>
            <numerusform>%n person with their numbers</numerusform>
            <numerusform>%n persons with their numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline(s)</source>
        <translation>
            <numerusform>%n hotline</numerusform>
            <numerusform>%n hotlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s)</source>
        <translation>
            <numerusform>%n escalation step</numerusform>
            <numerusform>%n escalation steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty assignment(s)</source>
        <translation>
            <numerusform>%n duty assignment</numerusform>
            <numerusform>%n duty assignments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Delete the unit “%1”?</translation>
    </message>
    <message>
        <source>With it go: %1.</source>
        <translation>With it go: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation>Delete Unit</translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation>Edit Person “%1”</translation>
    </message>
    <message>
        <source>Delete “%1” with their phone numbers?</source>
        <translation>Delete “%1” with their phone numbers?</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) that call them</source>
        <translation>
            <numerusform>%n escalation step that call them</numerusform>
            <numerusform>%n escalation steps that call them</numerusform>
        </translation>
    </message>
    <message>
        <source>With them go: %1.</source>
        <translation>With them go: %1.</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Delete Person</translation>
    </message>
    <message>
        <source>Edit Hotline “%1”</source>
        <translation>Edit Hotline “%1”</translation>
    </message>
    <message>
        <source>Delete Hotline</source>
        <translation>Delete Hotline</translation>
    </message>
    <message>
        <source>Delete the hotline “%1”?</source>
        <translation>Delete the hotline “%1”?</translation>
    </message>
    <message>
        <source>Add Escalation Step</source>
        <translation>Add Escalation Step</translation>
    </message>
    <message>
        <source>Edit Escalation Step %1</source>
        <translation>Edit Escalation Step %1</translation>
    </message>
    <message>
        <source>Remove Escalation Step %1</source>
        <translation>Remove Escalation Step %1</translation>
    </message>
    <message>
        <source>Move Escalation Step %1</source>
        <translation>Move Escalation Step %1</translation>
    </message>
    <message>
        <source>Edit Perso&amp;n…</source>
        <translation>Edit Perso&amp;n…</translation>
    </message>
    <message>
        <source>Dele&amp;te Person…</source>
        <translation>Dele&amp;te Person…</translation>
    </message>
    <message>
        <source>Una&amp;vailability…</source>
        <translation>Una&amp;vailability…</translation>
    </message>
    <message>
        <source>Add Es&amp;calation Step…</source>
        <translation>Add Es&amp;calation Step…</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DirectoryStore</name>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>There is no unit with id %1.</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>A unit needs a name.</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>A unit cannot be its own parent.</translation>
    </message>
    <message>
        <source>The parent unit (id %1) does not exist.</source>
        <translation>The parent unit (id %1) does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved under “%2”: a unit cannot be its own ancestor.</source>
        <translation>“%1” cannot be moved under “%2”: a unit cannot be its own ancestor.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>A person needs a full name.</source>
        <translation>A person needs a full name.</translation>
    </message>
    <message>
        <source>“%1” must belong to an existing unit.</source>
        <translation>“%1” must belong to an existing unit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no hotline with id %1.</source>
        <translation>There is no hotline with id %1.</translation>
    </message>
    <message>
        <source>A hotline needs a label.</source>
        <translation>A hotline needs a label.</translation>
    </message>
    <message>
        <source>The unit of hotline “%1” does not exist.</source>
        <translation>The unit of hotline “%1” does not exist.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DomainNames</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Agency office</source>
        <translation>Agency office</translation>
    </message>
    <message>
        <source>District education office</source>
        <translation>District education office</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Continuing-education centre</source>
        <translation>Continuing-education centre</translation>
    </message>
    <message>
        <source>Affiliated unit</source>
        <translation>Affiliated unit</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation>External partner</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Office</source>
        <comment>phone number kind</comment>
        <translation>Office</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>phone number kind</comment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Duty role of this unit</source>
        <translation>Duty role of this unit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Continue with the parent unit&apos;s chain</source>
        <translation>Continue with the parent unit&apos;s chain</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyLogModel</name>
    <message>
        <source>Corrected by a later entry; kept as it was written.</source>
        <translation>Corrected by a later entry; kept as it was written.</translation>
    </message>
    <message>
        <source>Correction of entry %1.</source>
        <translation>Correction of entry %1.</translation>
    </message>
    <message>
        <source>[correction] %1</source>
        <translation>[correction] %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyLogPage</name>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orrect…</translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation>&amp;Add to the log</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <source>What happened, who called, what was done</source>
        <translation>What happened, who called, what was done</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Entries are never deleted: their author corrects them, and the original stays, struck through.</source>
        <translation>Entries are never deleted: their author corrects them, and the original stays, struck through.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>&amp;When, what, where:</source>
        <translation>&amp;When, what, where:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Duty Log</source>
        <translation>Duty Log</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>none at this time</source>
        <translation>none at this time</translation>
    </message>
    <message>
        <source>Added to the duty log.</source>
        <translation>Added to the duty log.</translation>
    </message>
    <message>
        <source>Choose the entry to correct.</source>
        <translation>Choose the entry to correct.</translation>
    </message>
    <message>
        <source>The correction was added; the original is kept.</source>
        <translation>The correction was added; the original is kept.</translation>
    </message>
    <message>
        <source>Correct Duty Log Entry</source>
        <translation>Correct Duty Log Entry</translation>
    </message>
    <message>
        <source>Written at %1 by %2. The original stays in the log.</source>
        <translation>Written at %1 by %2. The original stays in the log.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyLogStore</name>
    <message>
        <source>A duty log entry needs a text.</source>
        <translation>A duty log entry needs a text.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this entry, can correct it.</source>
        <translation>Only %1, who wrote this entry, can correct it.</translation>
    </message>
    <message>
        <source>There is no duty log entry with id %1.</source>
        <translation>There is no duty log entry with id %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyModeGuard</name>
    <message>
        <source>Read-only duty desk: “%1” is not available here. Only the duty log can be written; the directory and the rosters are changed at the office&apos;s desk.</source>
        <translation>Read-only duty desk: “%1” is not available here. Only the duty log can be written; the directory and the rosters are changed at the office&apos;s desk.</translation>
    </message>
    <message>
        <source>“%1” is available once DutyDesk has checked this file, in a few seconds.</source>
        <translation>“%1” is available once DutyDesk has checked this file, in a few seconds.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyResolver</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>There is no person with id %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nobody holds this role now; go on to the next step.</source>
        <translation>Nobody holds this role now; go on to the next step.</translation>
    </message>
    <message>
        <source>No duty period covers %1. Call along the escalation chain.</source>
        <translation>No duty period covers %1. Call along the escalation chain.</translation>
    </message>
    <message>
        <source>Nobody is on duty at %1 now. Call along the escalation chain.</source>
        <translation>Nobody is on duty at %1 now. Call along the escalation chain.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::EscalationChainModel</name>
    <message>
        <source>On duty as “%1”</source>
        <translation>On duty as “%1”</translation>
    </message>
    <message>
        <source>Person %1 (missing)</source>
        <translation>Person %1 (missing)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>name, position</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Hotline %1 (missing)</source>
        <translation>Hotline %1 (missing)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>hotline label (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue with the parent unit’s chain</source>
        <translation>Continue with the parent unit’s chain</translation>
    </message>
    <message>
        <source>%1 — inherited from %2</source>
        <translation>%1 — inherited from %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
</context>
<context>
    <name>DutyDesk::EscalationStepDialog</name>
    <message>
        <source>New Escalation Step</source>
        <translation>New Escalation Step</translation>
    </message>
    <message>
        <source>Edit Escalation Step</source>
        <translation>Edit Escalation Step</translation>
    </message>
    <message>
        <source>e.g. báo cáo ngay sự cố ATTT</source>
        <translation>e.g. báo cáo ngay sự cố ATTT</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>person — position (unit)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>hotline label (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The chain goes on with the parent unit’s steps.</source>
        <translation>The chain goes on with the parent unit’s steps.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Call:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Wait before the next step:</source>
        <translation>&amp;Wait before the next step:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instruction:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::EscalationStore</name>
    <message>
        <source>There is no escalation step with id %1.</source>
        <translation>There is no escalation step with id %1.</translation>
    </message>
    <message>
        <source>The wait before the next step must be between 0 and 10080 minutes.</source>
        <translation>The wait before the next step must be between 0 and 10080 minutes.</translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation>The unit (id %1) does not exist.</translation>
    </message>
    <message>
        <source>A step to a duty role needs the role&apos;s name.</source>
        <translation>A step to a duty role needs the role&apos;s name.</translation>
    </message>
    <message>
        <source>A step to a person needs an existing person.</source>
        <translation>A step to a person needs an existing person.</translation>
    </message>
    <message>
        <source>A step to a hotline needs an existing hotline.</source>
        <translation>A step to a hotline needs an existing hotline.</translation>
    </message>
    <message>
        <source>This unit has no parent unit whose chain could continue.</source>
        <translation>This unit has no parent unit whose chain could continue.</translation>
    </message>
    <message>
        <source>step %1 of the escalation chain</source>
        <translation>step %1 of the escalation chain</translation>
    </message>
    <message>
        <source>Position %1 is outside the chain (1 to %2).</source>
        <translation>Position %1 is outside the chain (1 to %2).</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Official duty roster</source>
        <translation>Official duty roster</translation>
    </message>
    <message>
        <source>Call sheets for duty officers</source>
        <translation>Call sheets for duty officers</translation>
    </message>
    <message>
        <source>Contacts of the directory</source>
        <translation>Contacts of the directory</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV &amp;delimiter:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard contacts (*.vcf)</translation>
    </message>
    <message>
        <source>Roster template for a unit to fill in (XLSX)</source>
        <translation>Roster template for a unit to fill in (XLSX)</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Exporter</name>
    <message>
        <source>No temporary folder for the spreadsheet.</source>
        <translation>No temporary folder for the spreadsheet.</translation>
    </message>
    <message>
        <source>This format cannot hold contacts.</source>
        <translation>This format cannot hold contacts.</translation>
    </message>
    <message>
        <source>This format cannot hold a roster.</source>
        <translation>This format cannot hold a roster.</translation>
    </message>
    <message>
        <source>A %1 cannot be exported as %2; choose one of: %3.</source>
        <translation>A %1 cannot be exported as %2; choose one of: %3.</translation>
    </message>
    <message>
        <source>Choose the duty period to export.</source>
        <translation>Choose the duty period to export.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Only a calendar can be exported for one person.</source>
        <translation>Only a calendar can be exported for one person.</translation>
    </message>
    <message>
        <source>The database is open read-only: the export could not be recorded in the audit log.</source>
        <translation>The database is open read-only: the export could not be recorded in the audit log.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>“%1” could not be written: %2</translation>
    </message>
    <message>
        <source>Choose the unit whose roster template to write.</source>
        <translation>Choose the unit whose roster template to write.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Format</name>
    <message>
        <source>%1, %2</source>
        <comment>weekday, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>wait before the next step</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DutyDesk::GenerateCommand</name>
    <message>
        <source>--%1 takes a positive whole number, not “%2”.</source>
        <translation>--%1 takes a positive whole number, not “%2”.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>The database file to create.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Number of units (default 1100).</source>
        <translation>Number of units (default 1100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of people (default 15000).</source>
        <translation>Number of people (default 15000).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Days of the duty period (default 5).</source>
        <translation>Days of the duty period (default 5).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Seed of the generator (default 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>Language of messages.</source>
        <translation>Language of messages.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>generate takes no argument “%1”.</source>
        <translation>generate takes no argument “%1”.</translation>
    </message>
    <message>
        <source>At most 1,000,000 units, 10,000,000 people and 60 days.</source>
        <translation>At most 1,000,000 units, 10,000,000 people and 60 days.</translation>
    </message>
    <message>
        <source>Generated %1 units, %2 people (%3 numbers), %4 escalation steps and %5 assignments in %6 s into %7.</source>
        <translation>Generated %1 units, %2 people (%3 numbers), %4 escalation steps and %5 assignments in %6 s into %7.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Generator</name>
    <message>
        <source>The generated number %1 is not valid.</source>
        <translation>The generated number %1 is not valid.</translation>
    </message>
    <message numerus="yes">
        <source>Data can only be generated into an empty database; this one already holds %n unit(s).</source>
        <translation>
            <numerusform>Data can only be generated into an empty database; this one already holds %n unit.</numerusform>
            <numerusform>Data can only be generated into an empty database; this one already holds %n units.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of units must be between 1 and 1,000,000.</source>
        <translation>The number of units must be between 1 and 1,000,000.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 60.</source>
        <translation>The number of days must be between 1 and 60.</translation>
    </message>
    <message>
        <source>The first day is not a valid date.</source>
        <translation>The first day is not a valid date.</translation>
    </message>
    <message>
        <source>At least %1 people are needed for %2 units (%3 a unit), and at most 10,000,000.</source>
        <translation>At least %1 people are needed for %2 units (%3 a unit), and at most 10,000,000.</translation>
    </message>
    <message>
        <source>Nothing was generated.</source>
        <translation>Nothing was generated.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HistoryDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>History of Changes</source>
        <translation>History of Changes</translation>
    </message>
    <message>
        <source>Words in the changes (diacritics optional)</source>
        <translation>Words in the changes (diacritics optional)</translation>
    </message>
    <message>
        <source>Choose a change to read it in full.</source>
        <translation>Choose a change to read it in full.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) are shown; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>The newest %n change are shown; narrow the filter to see older ones.</numerusform>
            <numerusform>The newest %n changes are shown; narrow the filter to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>Choose a unit first.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HotlineDialog</name>
    <message>
        <source>New Hotline</source>
        <translation>New Hotline</translation>
    </message>
    <message>
        <source>Edit Hotline</source>
        <translation>Edit Hotline</translation>
    </message>
    <message>
        <source>e.g. 24/7 or 07:00–22:00</source>
        <translation>e.g. 24/7 or 07:00–22:00</translation>
    </message>
    <message>
        <source>All units (global)</source>
        <translation>All units (global)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HotlineModel</name>
    <message>
        <source>All units (global)</source>
        <translation>All units (global)</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HotlinesPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Every hotline: the global ones and those of each unit.</source>
        <translation>Every hotline: the global ones and those of each unit.</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Hotlines</translation>
    </message>
    <message>
        <source>Edit Hotline “%1”</source>
        <translation>Edit Hotline “%1”</translation>
    </message>
    <message>
        <source>Delete Hotline</source>
        <translation>Delete Hotline</translation>
    </message>
    <message>
        <source>Delete the hotline “%1”?</source>
        <translation>Delete the hotline “%1”?</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Review the columns before checking the file</source>
        <translation>&amp;Review the columns before checking the file</translation>
    </message>
    <message>
        <source>Use the Selected Row as &amp;Header</source>
        <translation>Use the Selected Row as &amp;Header</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>A spreadsheet (.xlsx) or a CSV file</source>
        <translation>A spreadsheet (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <source>Only workbooks (.xlsx) have sheets</source>
        <translation>Only workbooks (.xlsx) have sheets</translation>
    </message>
    <message>
        <source>People of units</source>
        <translation>People of units</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Hotlines</translation>
    </message>
    <message>
        <source>From the file&apos;s unit column</source>
        <translation>From the file&apos;s unit column</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>&amp;What it holds:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Unit of the rows:</source>
        <translation>&amp;Unit of the rows:</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>The file to import</translation>
    </message>
    <message>
        <source>Tell which column holds what. The highlighted row is the header; the rows below it are imported. Columns set to “Ignore” are left out.</source>
        <translation>Tell which column holds what. The highlighted row is the header; the rows below it are imported. Columns set to “Ignore” are left out.</translation>
    </message>
    <message>
        <source>The columns of the file</source>
        <translation>The columns of the file</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Number (STT)</source>
        <translation>Number (STT)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Role of the row</source>
        <translation>Role of the row</translation>
    </message>
    <message>
        <source>Hotline name</source>
        <translation>Hotline name</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with text.</source>
        <translation>
            <numerusform>%n row with text.</numerusform>
            <numerusform>%n rows with text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Encoding: %1.</translation>
    </message>
    <message>
        <source>a column per duty role (or “%1” and “%2”)</source>
        <translation>a column per duty role (or “%1” and “%2”)</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Still needed: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>No column holds the unit: choose its column here, or go back and choose the unit of the rows.</source>
        <translation>No column holds the unit: choose its column here, or go back and choose the unit of the rows.</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, sheet “%2”</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s) read.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n row read.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>To add: &lt;b&gt;%1&lt;/b&gt;. To change: &lt;b&gt;%2&lt;/b&gt;. Unchanged: %3.</source>
        <translation>To add: &lt;b&gt;%1&lt;/b&gt;. To change: &lt;b&gt;%2&lt;/b&gt;. Unchanged: %3.</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2.</source>
        <translation>Errors: %1. Warnings: %2.</translation>
    </message>
    <message>
        <source>The columns are read as you mapped them for an earlier file with the same header.</source>
        <translation>The columns are read as you mapped them for an earlier file with the same header.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n row(s) in error and import the others</source>
        <translation>
            <numerusform>&amp;Skip the %n row in error and import the others</numerusform>
            <numerusform>&amp;Skip the %n rows in error and import the others</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has errors: correct them in the file and check it again, or skip the rows in error.</source>
        <translation>The file has errors: correct them in the file and check it again, or skip the rows in error.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>The import was cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>The columns could not be remembered: %1</source>
        <translation>The columns could not be remembered: %1</translation>
    </message>
    <message>
        <source>The columns are remembered for the next file with the same header.</source>
        <translation>The columns are remembered for the next file with the same header.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt; from %1.</source>
        <translation>&lt;b&gt;Imported&lt;/b&gt; from %1.</translation>
    </message>
    <message>
        <source>Added: %1. Changed: %2. Unchanged: %3.</source>
        <translation>Added: %1. Changed: %2. Unchanged: %3.</translation>
    </message>
    <message>
        <source>Rows left out because of their errors: %1.</source>
        <translation>Rows left out because of their errors: %1.</translation>
    </message>
    <message>
        <source>A backup of the database before the import: %1</source>
        <translation>A backup of the database before the import: %1</translation>
    </message>
    <message>
        <source>Choose the duty period of the roster.</source>
        <translation>Choose the duty period of the roster.</translation>
    </message>
    <message>
        <source>The file has no unit column: choose the unit of its rows.</source>
        <translation>The file has no unit column: choose the unit of its rows.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <comment>of a spreadsheet</comment>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ImportMapping</name>
    <message>
        <source>“Họ và tên” (Name), and “Chức vụ”, “Đơn vị”, “Điện thoại”</source>
        <translation>“Họ và tên” (Name), and “Chức vụ”, “Đơn vị”, “Điện thoại”</translation>
    </message>
    <message>
        <source>“Tên đơn vị” (Name), and “Tên viết tắt”, “Mã”, “Đơn vị cấp trên”, “Địa chỉ”</source>
        <translation>“Tên đơn vị” (Name), and “Tên viết tắt”, “Mã”, “Đơn vị cấp trên”, “Địa chỉ”</translation>
    </message>
    <message>
        <source>“Số” or “Điện thoại” (Number), and “Tên”, “Đơn vị”, “Thời gian”</source>
        <translation>“Số” or “Điện thoại” (Number), and “Tên”, “Đơn vị”, “Thời gian”</translation>
    </message>
    <message>
        <source>“Ngày” (Date), “Ca” (Shift) and one column per duty role (%1)</source>
        <translation>“Ngày” (Date), “Ca” (Shift) and one column per duty role (%1)</translation>
    </message>
    <message>
        <source>“Lãnh đạo trực”, “Cán bộ trực”, …</source>
        <translation>“Lãnh đạo trực”, “Cán bộ trực”, …</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, sheet “%2”</translation>
    </message>
    <message>
        <source>%1: no header row found in the first %2 rows. Expected columns: %3.</source>
        <translation>%1: no header row found in the first %2 rows. Expected columns: %3.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Importer</name>
    <message>
        <source>The unit is empty.</source>
        <translation>The unit is empty.</translation>
    </message>
    <message>
        <source>The file has no “Đơn vị” column: choose the unit of these rows.</source>
        <translation>The file has no “Đơn vị” column: choose the unit of these rows.</translation>
    </message>
    <message>
        <source>“%1” names %2 units; write the unit&apos;s full name or code.</source>
        <translation>“%1” names %2 units; write the unit&apos;s full name or code.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: it is not in the directory.</source>
        <translation>Unknown unit “%1”: it is not in the directory.</translation>
    </message>
    <message>
        <source>%1 is matched to %2 of the directory by the number %3.</source>
        <translation>%1 is matched to %2 of the directory by the number %3.</translation>
    </message>
    <message>
        <source>%1 names %2 people of the unit; add the phone number to tell them apart.</source>
        <translation>%1 names %2 people of the unit; add the phone number to tell them apart.</translation>
    </message>
    <message>
        <source>%1 of %2, who has the same number</source>
        <translation>%1 of %2, who has the same number</translation>
    </message>
    <message>
        <source>%1 will be added as a new person; similar people in the directory: %2.</source>
        <translation>%1 will be added as a new person; similar people in the directory: %2.</translation>
    </message>
    <message>
        <source>The unit&apos;s name is empty.</source>
        <translation>The unit&apos;s name is empty.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: it is not in the directory nor above in this file.</source>
        <translation>Unknown unit “%1”: it is not in the directory nor above in this file.</translation>
    </message>
    <message>
        <source>Unknown kind of unit “%1”; the kind is guessed from the name.</source>
        <translation>Unknown kind of unit “%1”; the kind is guessed from the name.</translation>
    </message>
    <message>
        <source>“%1” is listed twice; this row is ignored.</source>
        <translation>“%1” is listed twice; this row is ignored.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>%1 is listed twice; the rows are merged.</source>
        <translation>%1 is listed twice; the rows are merged.</translation>
    </message>
    <message>
        <source>The hotline needs a label (what it is for).</source>
        <translation>The hotline needs a label (what it is for).</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>The number is empty.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Vietnamese phone number.</source>
        <translation>“%1” is not a valid Vietnamese phone number.</translation>
    </message>
    <message>
        <source>A roster import needs its duty period.</source>
        <translation>A roster import needs its duty period.</translation>
    </message>
    <message>
        <source>“%1” is published and locked; reopen it before importing.</source>
        <translation>“%1” is published and locked; reopen it before importing.</translation>
    </message>
    <message>
        <source>“%1” is not a duty role of “%2”; its roles are %3.</source>
        <translation>“%1” is not a duty role of “%2”; its roles are %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 30/4/2023).</source>
        <translation>“%1” is not a date (write it as 30/4/2023).</translation>
    </message>
    <message>
        <source>%1 is not a day of “%2” (%3 – %4).</source>
        <translation>%1 is not a day of “%2” (%3 – %4).</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3.</source>
        <translation>%1 is a %2, not a %3.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <source>The shift is empty; the shifts are %1.</source>
        <translation>The shift is empty; the shifts are %1.</translation>
    </message>
    <message>
        <source>“%1” is not a shift of this period; the shifts are %2.</source>
        <translation>“%1” is not a shift of this period; the shifts are %2.</translation>
    </message>
    <message>
        <source>“%1” is not a duty role of “%2”.</source>
        <translation>“%1” is not a duty role of “%2”.</translation>
    </message>
    <message>
        <source>The number %1 has no name with it.</source>
        <translation>The number %1 has no name with it.</translation>
    </message>
    <message>
        <source>%1 is already on duty on %2 in this shift (row %3): a person cannot hold two overlapping duties.</source>
        <translation>%1 is already on duty on %2 in this shift (row %3): a person cannot hold two overlapping duties.</translation>
    </message>
    <message>
        <source>%1 is already on duty at %2 on %3, overlapping this shift: a person cannot hold two overlapping duties.</source>
        <translation>%1 is already on duty at %2 on %3, overlapping this shift: a person cannot hold two overlapping duties.</translation>
    </message>
    <message>
        <source>%1 is unavailable on %2 (%3).</source>
        <translation>%1 is unavailable on %2 (%3).</translation>
    </message>
    <message>
        <source>, sheet “%1”</source>
        <translation>, sheet “%1”</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, column %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read.</source>
        <translation>
            <numerusform>%1: %n row read.</numerusform>
            <numerusform>%1: %n rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, sheet “%2”</translation>
    </message>
    <message>
        <source>To add: %1. To change: %2. Unchanged: %3.</source>
        <translation>To add: %1. To change: %2. Unchanged: %3.</translation>
    </message>
    <message>
        <source>Rows skipped because of errors: %1.</source>
        <translation>Rows skipped because of errors: %1.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Imported. A backup of the database before the import: %1</source>
        <translation>Imported. A backup of the database before the import: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the errors, or choose to skip the rows in error.</source>
        <translation>Nothing was imported: correct the errors, or choose to skip the rows in error.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Dry run: nothing was imported.</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>No backup could be made before the import, so nothing was imported: %1</translation>
    </message>
    <message>
        <source>%1: the import failed and nothing was imported: %2</source>
        <translation>%1: the import failed and nothing was imported: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <source>%1: the header row is not in the file.</source>
        <translation>%1: the header row is not in the file.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Lookup</name>
    <message>
        <source>No unit matches “%1”.</source>
        <translation>No unit matches “%1”.</translation>
    </message>
    <message>
        <source>“%1” matches %2 units: %3. Type more of the name, or give the id.</source>
        <translation>“%1” matches %2 units: %3. Type more of the name, or give the id.</translation>
    </message>
    <message>
        <source>No duty period matches “%1”.</source>
        <translation>No duty period matches “%1”.</translation>
    </message>
    <message>
        <source>“%1” matches %2 duty periods: %3. Type more of the title, or give the id.</source>
        <translation>“%1” matches %2 duty periods: %3. Type more of the title, or give the id.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::MainWindow</name>
    <message>
        <source>DutyDesk</source>
        <translation>DutyDesk</translation>
    </message>
    <message>
        <source>Search units, people, numbers (Ctrl+K)</source>
        <translation>Search units, people, numbers (Ctrl+K)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Hotlines</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;About DutyDesk</source>
        <translation>&amp;About DutyDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directory</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>“%1” could not be opened.

%2</source>
        <translation>“%1” could not be opened.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Open the Sample</translation>
    </message>
    <message>
        <source>The sample could not be created.

%1</source>
        <translation>The sample could not be created.

%1</translation>
    </message>
    <message>
        <source>Welcome to DutyDesk</source>
        <translation>Welcome to DutyDesk</translation>
    </message>
    <message>
        <source>There is no DutyDesk database on this computer yet.

Start with an empty directory, or explore a fictional province with its units, people, hotlines, escalation chains and a holiday duty period?</source>
        <translation>There is no DutyDesk database on this computer yet.

Start with an empty directory, or explore a fictional province with its units, people, hotlines, escalation chains and a holiday duty period?</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>DutyDesk databases (*.db)</source>
        <translation>DutyDesk databases (*.db)</translation>
    </message>
    <message>
        <source>“%1” exists already. Open it with File ▸ Open Database.</source>
        <translation>“%1” exists already. Open it with File ▸ Open Database.</translation>
    </message>
    <message>
        <source>DutyDesk databases (*.db);;All files (*)</source>
        <translation>DutyDesk databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Clear the List</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>%1 — DutyDesk</source>
        <translation>%1 — DutyDesk</translation>
    </message>
    <message>
        <source>%1 · %2 units · %3 people</source>
        <translation>%1 · %2 units · %3 people</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>The new language applies from the next start.</translation>
    </message>
    <message>
        <source>About DutyDesk</source>
        <translation>About DutyDesk</translation>
    </message>
    <message>
        <source>DutyDesk %1

Holiday duty rosters, hotlines and escalation chains for Vietnamese offices.</source>
        <translation>DutyDesk %1

Holiday duty rosters, hotlines and escalation chains for Vietnamese offices.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Print Preview of the Roster…</source>
        <translation>&amp;Print Preview of the Roster…</translation>
    </message>
    <message>
        <source>Print Preview of the &amp;Call Sheet…</source>
        <translation>Print Preview of the &amp;Call Sheet…</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Roster</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Print Preview: Duty Roster</source>
        <translation>Print Preview: Duty Roster</translation>
    </message>
    <message>
        <source>Print Preview: Call Sheet</source>
        <translation>Print Preview: Call Sheet</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>%1 units, %2 people, %3 duty periods</source>
        <translation>%1 units, %2 people, %3 duty periods</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Damaged Database</translation>
    </message>
    <message>
        <source>“%1” is damaged and was left as it is.

%2

Restore the newest sound backup, from %3 (%4)? The damaged file is kept as a backup too.</source>
        <translation>“%1” is damaged and was left as it is.

%2

Restore the newest sound backup, from %3 (%4)? The damaged file is kept as a backup too.</translation>
    </message>
    <message>
        <source>The backup could not be restored.

%1</source>
        <translation>The backup could not be restored.

%1</translation>
    </message>
    <message>
        <source>Read-only duty desk</source>
        <translation>Read-only duty desk</translation>
    </message>
    <message>
        <source>The file was checked and backed up; changes can be saved.</source>
        <translation>The file was checked and backed up; changes can be saved.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;History of Changes…</source>
        <translation>&amp;History of Changes…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restore from &amp;Backup…</translation>
    </message>
    <message>
        <source>Opened %1; checking the file…</source>
        <translation>Opened %1; checking the file…</translation>
    </message>
    <message>
        <source>DutyDesk (read-only)</source>
        <translation>DutyDesk (read-only)</translation>
    </message>
    <message>
        <source>%1 — DutyDesk (read-only)</source>
        <translation>%1 — DutyDesk (read-only)</translation>
    </message>
    <message>
        <source>This desk was started read-only (--read-only) and stays so until DutyDesk is started without it.</source>
        <translation>This desk was started read-only (--read-only) and stays so until DutyDesk is started without it.</translation>
    </message>
    <message>
        <source>Read-only duty desk: the organisation&apos;s texts are shown here, not changed; they are changed at the office&apos;s desk.</source>
        <translation>Read-only duty desk: the organisation&apos;s texts are shown here, not changed; they are changed at the office&apos;s desk.</translation>
    </message>
    <message>
        <source>This desk is now a read-only duty desk.</source>
        <translation>This desk is now a read-only duty desk.</translation>
    </message>
    <message>
        <source>This desk can change the data again.</source>
        <translation>This desk can change the data again.</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Restore from a Backup</translation>
    </message>
    <message>
        <source>Replace “%1” by the backup of %2?

Everything changed since then is replaced too. The database as it is now is kept as a backup (“Before a restore”), so you can go back to it the same way.</source>
        <translation>Replace “%1” by the backup of %2?

Everything changed since then is replaced too. The database as it is now is kept as a backup (“Before a restore”), so you can go back to it the same way.</translation>
    </message>
    <message>
        <source>The backup could not be restored; nothing was changed.

%1</source>
        <translation>The backup could not be restored; nothing was changed.

%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Restored the backup of %1.</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>Printing was cancelled; nothing was sent to the printer.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple</source>
        <translation>Open the Sa&amp;mple</translation>
    </message>
    <message>
        <source>Print Preview of the Roster of &amp;All Units…</source>
        <translation>Print Preview of the Roster of &amp;All Units…</translation>
    </message>
    <message>
        <source>Print Preview of the Call Sheets of All Uni&amp;ts…</source>
        <translation>Print Preview of the Call Sheets of All Uni&amp;ts…</translation>
    </message>
    <message>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Printing was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Printing was stopped. This printer cannot take back a job, so the pages drawn before Cancel may still be printed.</source>
        <translation>Printing was stopped. This printer cannot take back a job, so the pages drawn before Cancel may still be printed.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <source>Explore the sample</source>
        <translation>Explore the sample</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>DutyDesk::NowPage</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>Unit, person or number — typing without diacritics is fine (e.g. “hong bang”)</source>
        <translation>Unit, person or number — typing without diacritics is fine (e.g. “hong bang”)</translation>
    </message>
    <message>
        <source>Follow the clock again</source>
        <translation>Follow the clock again</translation>
    </message>
    <message>
        <source>Who is on duty &amp;at:</source>
        <translation>Who is on duty &amp;at:</translation>
    </message>
    <message>
        <source>“%1” is a global hotline: %2</source>
        <translation>“%1” is a global hotline: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copy %1 to the clipboard</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Type the name of a unit, a person or a number above and press Enter.</source>
        <translation>Type the name of a unit, a person or a number above and press Enter.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3–%4) of %5</source>
        <translation>%1, %2 (%3–%4) of %5</translation>
    </message>
    <message>
        <source>no duty period at this moment</source>
        <translation>no duty period at this moment</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Nobody is on duty at this unit now.</source>
        <translation>Nobody is on duty at this unit now.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>name, position</comment>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Escalation chain</source>
        <translation>Escalation chain</translation>
    </message>
    <message>
        <source>This unit has no escalation chain.</source>
        <translation>This unit has no escalation chain.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number. target</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(chain of %1)</source>
        <translation>(chain of %1)</translation>
    </message>
    <message>
        <source>No answer within %1: go to the next step.</source>
        <translation>No answer within %1: go to the next step.</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Hotlines</translation>
    </message>
    <message>
        <source>No hotline is recorded.</source>
        <translation>No hotline is recorded.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeopleModel</name>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>IT/security</source>
        <translation>IT/security</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodCopy</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>unit, day, shift</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 is no longer active.</source>
        <translation>%1: %2 is no longer active.</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4 (%5).</source>
        <translation>%1: %2 is unavailable from %3 to %4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4.</source>
        <translation>%1: %2 is unavailable from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: %2 is already on duty at that time.</source>
        <translation>%1: %2 is already on duty at that time.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodDialog</name>
    <message>
        <source>Also copy the assignments, day by day</source>
        <translation>Also copy the assignments, day by day</translation>
    </message>
    <message>
        <source>New Duty Period</source>
        <translation>New Duty Period</translation>
    </message>
    <message>
        <source>Nothing: the usual shifts and duty roles</source>
        <translation>Nothing: the usual shifts and duty roles</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Holiday:</source>
        <translation>&amp;Holiday:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>&amp;Copy from:</source>
        <translation>&amp;Copy from:</translation>
    </message>
    <message>
        <source>None: enter the days by hand</source>
        <translation>None: enter the days by hand</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodStatusCommand</name>
    <message>
        <source>Publish “%1”</source>
        <translation>Publish “%1”</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Reopen “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodStore</name>
    <message>
        <source>There is no duty period with id %1.</source>
        <translation>There is no duty period with id %1.</translation>
    </message>
    <message>
        <source>A duty period needs a title.</source>
        <translation>A duty period needs a title.</translation>
    </message>
    <message>
        <source>The duty period “%1” needs a valid first and last day.</source>
        <translation>The duty period “%1” needs a valid first and last day.</translation>
    </message>
    <message>
        <source>The first day of “%1” (%2) is after its last day (%3).</source>
        <translation>The first day of “%1” (%2) is after its last day (%3).</translation>
    </message>
    <message>
        <source>The duty period “%1” is longer than a year.</source>
        <translation>The duty period “%1” is longer than a year.</translation>
    </message>
    <message>
        <source>“%1” is published and locked; reopen it to make changes.</source>
        <translation>“%1” is published and locked; reopen it to make changes.</translation>
    </message>
    <message>
        <source>There is no shift with id %1.</source>
        <translation>There is no shift with id %1.</translation>
    </message>
    <message>
        <source>A shift needs a name.</source>
        <translation>A shift needs a name.</translation>
    </message>
    <message>
        <source>The shift “%1” needs a start and an end time.</source>
        <translation>The shift “%1” needs a start and an end time.</translation>
    </message>
    <message>
        <source>The shift “%1” starts and ends at the same time.</source>
        <translation>The shift “%1” starts and ends at the same time.</translation>
    </message>
    <message>
        <source>There is no duty role with id %1.</source>
        <translation>There is no duty role with id %1.</translation>
    </message>
    <message>
        <source>A duty role needs a name.</source>
        <translation>A duty role needs a name.</translation>
    </message>
    <message>
        <source>The duty role “%1” asks for %2 people; give a number from 0 to 20.</source>
        <translation>The duty role “%1” asks for %2 people; give a number from 0 to 20.</translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation>There is no assignment with id %1.</translation>
    </message>
    <message>
        <source>%1 is not a day of “%2”.</source>
        <translation>%1 is not a day of “%2”.</translation>
    </message>
    <message>
        <source>The shift does not belong to “%1”.</source>
        <translation>The shift does not belong to “%1”.</translation>
    </message>
    <message>
        <source>The duty role does not belong to “%1”.</source>
        <translation>The duty role does not belong to “%1”.</translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation>The unit (id %1) does not exist.</translation>
    </message>
    <message>
        <source>An assignment needs a person from the directory or a name.</source>
        <translation>An assignment needs a person from the directory or a name.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The person (id %1) does not exist.</source>
        <translation>The person (id %1) does not exist.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3 (%4).</source>
        <translation>%1 is unavailable from %2 to %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is already on duty at that time: %2, %3, %4.</source>
        <translation>%1 is already on duty at that time: %2, %3, %4.</translation>
    </message>
    <message>
        <source>A duty slot cannot be moved to another period, unit, day, shift or role; remove it and assign again.</source>
        <translation>A duty slot cannot be moved to another period, unit, day, shift or role; remove it and assign again.</translation>
    </message>
    <message>
        <source>the duty slot</source>
        <translation>the duty slot</translation>
    </message>
    <message>
        <source>Unavailability needs a valid first and last day.</source>
        <translation>Unavailability needs a valid first and last day.</translation>
    </message>
    <message>
        <source>The first day of the unavailability (%1) is after its last day (%2).</source>
        <translation>The first day of the unavailability (%1) is after its last day (%2).</translation>
    </message>
    <message>
        <source>There is no unavailability record with id %1.</source>
        <translation>There is no unavailability record with id %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PersonDialog</name>
    <message>
        <source>&amp;Leader</source>
        <translation>&amp;Leader</translation>
    </message>
    <message>
        <source>&amp;IT/security staff</source>
        <translation>&amp;IT/security staff</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;ve</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>New Person</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Edit Person</translation>
    </message>
    <message>
        <source>Family, middle and given name, e.g. Phạm Đức Tính</source>
        <translation>Family, middle and given name, e.g. Phạm Đức Tính</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>Add &amp;number</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Phone numbers:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>e.g. 0904 185 683</source>
        <translation>e.g. 0904 185 683</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Remove this number</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PersonPickerDialog</name>
    <message>
        <source>Assign a Person</source>
        <translation>Assign a Person</translation>
    </message>
    <message>
        <source>Replace the Person on Duty</source>
        <translation>Replace the Person on Duty</translation>
    </message>
    <message>
        <source>Type a name, a position or a number</source>
        <translation>Type a name, a position or a number</translation>
    </message>
    <message>
        <source>Now on duty:</source>
        <translation>Now on duty:</translation>
    </message>
    <message>
        <source>e.g. sick leave, business trip</source>
        <translation>e.g. sick leave, business trip</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PersonPickerModel</name>
    <message>
        <source>Already in this slot</source>
        <translation>Already in this slot</translation>
    </message>
    <message>
        <source>Unavailable %1–%2: %3</source>
        <translation>Unavailable %1–%2: %3</translation>
    </message>
    <message>
        <source>On duty elsewhere: %1, %2</source>
        <translation>On duty elsewhere: %1, %2</translation>
    </message>
    <message>
        <source>Not a leader</source>
        <translation>Not a leader</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <comment>a leader&apos;s name</comment>
        <translation>%1 ★</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) · %1</source>
        <comment>slots held · weighted load</comment>
        <translation>
            <numerusform>%n shift · %1</numerusform>
            <numerusform>%n shifts · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Load so far</source>
        <translation>Load so far</translation>
    </message>
    <message>
        <source>At that time</source>
        <translation>At that time</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PhoneNumber</name>
    <message>
        <source>“%1” is not a valid Vietnamese phone number</source>
        <translation>“%1” is not a valid Vietnamese phone number</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>The phone number is empty</translation>
    </message>
    <message>
        <source>“%1” is a foreign phone number; only Vietnamese numbers are accepted</source>
        <translation>“%1” is a foreign phone number; only Vietnamese numbers are accepted</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PresenceCommand</name>
    <message>
        <source>Add Unit “%1”</source>
        <translation>Add Unit “%1”</translation>
    </message>
    <message>
        <source>Add Person “%1”</source>
        <translation>Add Person “%1”</translation>
    </message>
    <message>
        <source>Add Hotline “%1”</source>
        <translation>Add Hotline “%1”</translation>
    </message>
    <message>
        <source>Delete Unit “%1”</source>
        <translation>Delete Unit “%1”</translation>
    </message>
    <message>
        <source>Delete Person “%1”</source>
        <translation>Delete Person “%1”</translation>
    </message>
    <message>
        <source>Delete Hotline “%1”</source>
        <translation>Delete Hotline “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PrintPreviewDialog</name>
    <message>
        <source>Previous Page</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of the %2 units; Print prints all %2.</source>
        <translation>The preview shows the first %1 of the %2 units; Print prints all %2.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PrintableDocument</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Restore from a Backup</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. Restoring replaces the database by the chosen backup: what was changed since it was made is replaced too. The database as it is now is kept as a backup first, so a restore can itself be undone the same way.</source>
        <translation>Backups of “%1”, newest first. Restoring replaces the database by the chosen backup: what was changed since it was made is replaced too. The database as it is now is kept as a backup first, so a restore can itself be undone the same way.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Choose a backup.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterCheck</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>unit, day, shift, role</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1: nobody is on duty.</source>
        <translation>%1: nobody is on duty.</translation>
    </message>
    <message>
        <source>%1: place %2 of %3 is empty.</source>
        <translation>%1: place %2 of %3 is empty.</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4 (%5).</source>
        <translation>%1: %2 is unavailable from %3 to %4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4.</source>
        <translation>%1: %2 is unavailable from %3 to %4.</translation>
    </message>
    <message>
        <source>%1: %2 has no valid phone number.</source>
        <translation>%1: %2 has no valid phone number.</translation>
    </message>
    <message>
        <source>%1: %2 holds a leader role but is not a leader.</source>
        <translation>%1: %2 holds a leader role but is not a leader.</translation>
    </message>
    <message>
        <source>%1: %2 is also on duty at an overlapping time: %3.</source>
        <translation>%1: %2 is also on duty at an overlapping time: %3.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>unit, day, shift</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3 (%4)</source>
        <comment>unit, day, shift (period)</comment>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Empty slot</source>
        <translation>Empty slot</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Double booking</translation>
    </message>
    <message>
        <source>Unavailable person on duty</source>
        <translation>Unavailable person on duty</translation>
    </message>
    <message>
        <source>No valid phone number</source>
        <translation>No valid phone number</translation>
    </message>
    <message>
        <source>Leader role held by a non-leader</source>
        <translation>Leader role held by a non-leader</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterData</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>There is no unit with id %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterEdit</name>
    <message>
        <source>Give a reason for changing the person on duty.</source>
        <translation>Give a reason for changing the person on duty.</translation>
    </message>
    <message>
        <source>Choose the person who takes over the slot.</source>
        <translation>Choose the person who takes over the slot.</translation>
    </message>
    <message>
        <source>That person already holds this slot.</source>
        <translation>That person already holds this slot.</translation>
    </message>
    <message>
        <source>A slot cannot be swapped with itself.</source>
        <translation>A slot cannot be swapped with itself.</translation>
    </message>
    <message>
        <source>Both slots are held by the same person; there is nothing to swap.</source>
        <translation>Both slots are held by the same person; there is nothing to swap.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3 (%4).</source>
        <translation>%1 is unavailable from %2 to %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is already on duty at that time: %2, %3, %4.</source>
        <translation>%1 is already on duty at that time: %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterGridModel</name>
    <message>
        <source>%1
(%2)</source>
        <comment>date, lunar date during Tết</comment>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>(person %1)</source>
        <translation>(person %1)</translation>
    </message>
    <message>
        <source>— empty —</source>
        <translation>— empty —</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>A %1 needs nobody in this role.</source>
        <translation>A %1 needs nobody in this role.</translation>
    </message>
    <message>
        <source>%1 of %2 places filled</source>
        <translation>%1 of %2 places filled</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>name, position</comment>
        <translation>, %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>name: phones</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>holder (note)</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1
%2–%3</source>
        <comment>shift name, start–end</comment>
        <translation>%1
%2–%3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message numerus="yes">
        <source>%1: a leader role, %n place(s) here</source>
        <translation>
            <numerusform>%1: a leader role, %n place here</numerusform>
            <numerusform>%1: a leader role, %n places here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s) here</source>
        <translation>
            <numerusform>%1: %n place here</numerusform>
            <numerusform>%1: %n places here</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <comment>role (places)</comment>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>☎ %1</source>
        <comment>phone number</comment>
        <translation>☎ %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterPage</name>
    <message>
        <source>This unit only</source>
        <translation>This unit only</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>🔒 This period is published and locked: the roster is read-only. Reopen it to make changes.</source>
        <translation>🔒 This period is published and locked: the roster is read-only. Reopen it to make changes.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>All kinds that staff duty</source>
        <translation>All kinds that staff duty</translation>
    </message>
    <message>
        <source>Units of kind:</source>
        <translation>Units of kind:</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Double-click a day to open the unit&apos;s roster.</source>
        <translation>Double-click a day to open the unit&apos;s roster.</translation>
    </message>
    <message>
        <source>Unit roster</source>
        <translation>Unit roster</translation>
    </message>
    <message>
        <source>Overview of all units</source>
        <translation>Overview of all units</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>All problems</translation>
    </message>
    <message>
        <source>&amp;New Period…</source>
        <translation>&amp;New Period…</translation>
    </message>
    <message>
        <source>&amp;Publish Period</source>
        <translation>&amp;Publish Period</translation>
    </message>
    <message>
        <source>&amp;Reopen Period</source>
        <translation>&amp;Reopen Period</translation>
    </message>
    <message>
        <source>&amp;Assign a Person…</source>
        <translation>&amp;Assign a Person…</translation>
    </message>
    <message>
        <source>Re&amp;move from Duty</source>
        <translation>Re&amp;move from Duty</translation>
    </message>
    <message>
        <source>Slot &amp;History…</source>
        <translation>Slot &amp;History…</translation>
    </message>
    <message>
        <source>Auto-&amp;fill This Unit</source>
        <translation>Auto-&amp;fill This Unit</translation>
    </message>
    <message>
        <source>Auto-fill the &amp;Selected Cells</source>
        <translation>Auto-fill the &amp;Selected Cells</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>🔒 %1</source>
        <translation>🔒 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No problems&lt;/b&gt; in this period.</source>
        <translation>&lt;b&gt;No problems&lt;/b&gt; in this period.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in this period</source>
        <translation>
            <numerusform>&lt;b&gt;%n problem&lt;/b&gt; in this period</numerusform>
            <numerusform>&lt;b&gt;%n problems&lt;/b&gt; in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n shown</source>
        <translation>
            <numerusform>, %n shown</numerusform>
            <numerusform>, %n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>🔒 Published</source>
        <translation>🔒 Published</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Duty Roster</source>
        <translation>Duty Roster</translation>
    </message>
    <message>
        <source>The period is published: reopen it to change the roster.</source>
        <translation>The period is published: reopen it to change the roster.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1: %2 was replaced (%3), by %4</source>
        <translation>%1: %2 was replaced (%3), by %4</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Slot History</source>
        <translation>Slot History</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n shift(s)</source>
        <translation>
            <numerusform>Copied %n shift</numerusform>
            <numerusform>Copied %n shifts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n role(s)</source>
        <translation>
            <numerusform>, %n role</numerusform>
            <numerusform>, %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n assignment(s).</source>
        <translation>
            <numerusform> and %n assignment.</numerusform>
            <numerusform> and %n assignments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) were not copied:</source>
        <translation>
            <numerusform>%n assignment were not copied:</numerusform>
            <numerusform>%n assignments were not copied:</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Period</source>
        <translation>Copy Period</translation>
    </message>
    <message>
        <source>“%1” is published and locked.</source>
        <translation>“%1” is published and locked.</translation>
    </message>
    <message>
        <source>“%1” is open for changes again.</source>
        <translation>“%1” is open for changes again.</translation>
    </message>
    <message>
        <source>Filling the empty places of every unit…</source>
        <translation>Filling the empty places of every unit…</translation>
    </message>
    <message>
        <source>Auto-fill</source>
        <translation>Auto-fill</translation>
    </message>
    <message>
        <source>Auto-fill the Period</source>
        <translation>Auto-fill the Period</translation>
    </message>
    <message>
        <source>Auto-fill “%1”</source>
        <translation>Auto-fill “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Auto-fill %n Cell(s)</source>
        <translation>
            <numerusform>Auto-fill %n Cell</numerusform>
            <numerusform>Auto-fill %n Cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n place(s).</source>
        <translation>
            <numerusform>Filled %n place.</numerusform>
            <numerusform>Filled %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left empty:</source>
        <translation>
            <numerusform>%n place left empty:</numerusform>
            <numerusform>%n places left empty:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>No place is left empty.</source>
        <translation>No place is left empty.</translation>
    </message>
    <message>
        <source>Max–min load per unit: %1 (weighted shifts; night shifts and Tết days weigh more).</source>
        <translation>Max–min load per unit: %1 (weighted shifts; night shifts and Tết days weigh more).</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>S&amp;wap with Another Slot…</source>
        <translation>S&amp;wap with Another Slot…</translation>
    </message>
    <message>
        <source>Choose a filled slot first.</source>
        <translation>Choose a filled slot first.</translation>
    </message>
    <message>
        <source>Swap “%1” with…</source>
        <translation>Swap “%1” with…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message>
        <source>Why the two exchange their duty</source>
        <translation>Why the two exchange their duty</translation>
    </message>
    <message>
        <source>&amp;Other slot:</source>
        <translation>&amp;Other slot:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Checking the period…</source>
        <translation>Checking the period…</translation>
    </message>
    <message>
        <source>Cancelling the auto-fill…</source>
        <translation>Cancelling the auto-fill…</translation>
    </message>
    <message>
        <source>Rep&amp;lace the Person…</source>
        <translation>Rep&amp;lace the Person…</translation>
    </message>
    <message>
        <source>Auto-fill the Wh&amp;ole Period</source>
        <translation>Auto-fill the Wh&amp;ole Period</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterPdf</name>
    <message>
        <source>The roster could not be drawn.</source>
        <translation>The roster could not be drawn.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterSnapshot</name>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>There is no unit with id %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SampleData</name>
    <message numerus="yes">
        <source>The sample data can only fill an empty database; this one already holds %n unit(s).</source>
        <translation>
            <numerusform>The sample data can only fill an empty database; this one already holds %n unit.</numerusform>
            <numerusform>The sample data can only fill an empty database; this one already holds %n units.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyDesk::SearchResultsModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Session</name>
    <message>
        <source>The database is damaged and was not opened, so nothing in it was changed: %1</source>
        <translation>The database is damaged and was not opened, so nothing in it was changed: %1</translation>
    </message>
    <message>
        <source>DutyDesk is still checking this file; changes can be saved in a few seconds.</source>
        <translation>DutyDesk is still checking this file; changes can be saved in a few seconds.</translation>
    </message>
    <message>
        <source>The database is damaged and was closed, so nothing in it was changed: %1</source>
        <translation>The database is damaged and was closed, so nothing in it was changed: %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SetOrganisationCommand</name>
    <message>
        <source>Change Organisation Settings</source>
        <translation>Change Organisation Settings</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>e.g. UBND THÀNH PHỐ HẢI PHÒNG</source>
        <translation>e.g. UBND THÀNH PHỐ HẢI PHÒNG</translation>
    </message>
    <message>
        <source>e.g. SỞ GIÁO DỤC VÀ ĐÀO TẠO</source>
        <translation>e.g. SỞ GIÁO DỤC VÀ ĐÀO TẠO</translation>
    </message>
    <message>
        <source>e.g. SGDĐT-VP</source>
        <translation>e.g. SGDĐT-VP</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>e.g. KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Organisation (printed on every document)</source>
        <translation>Organisation (printed on every document)</translation>
    </message>
    <message>
        <source>&amp;Parent agency:</source>
        <translation>&amp;Parent agency:</translation>
    </message>
    <message>
        <source>&amp;Issuing agency:</source>
        <translation>&amp;Issuing agency:</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>Document s&amp;ymbol:</translation>
    </message>
    <message>
        <source>P&amp;lace name:</source>
        <translation>P&amp;lace name:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;authority:</source>
        <translation>Signer&apos;s &amp;authority:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Default &amp;recipients
(one per line):</source>
        <translation>Default &amp;recipients
(one per line):</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>A new language applies from the next start.</translation>
    </message>
    <message>
        <source>Duty desk: read-&amp;only</source>
        <translation>Duty desk: read-&amp;only</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>A duty officer&apos;s desk: searching, the Now page, printing, exporting and the duty log work; the directory, the rosters and the settings of the organisation cannot be changed here. Applies at once.</source>
        <translation>A duty officer&apos;s desk: searching, the Now page, printing, exporting and the duty log work; the directory, the rosters and the settings of the organisation cannot be changed here. Applies at once.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SpreadsheetExport</name>
    <message>
        <source>“%1” cannot separate CSV fields.</source>
        <translation>“%1” cannot separate CSV fields.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1.</source>
        <translation>The spreadsheet could not be written: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written.</source>
        <translation>The spreadsheet could not be written.</translation>
    </message>
    <message>
        <source>The spreadsheet table could not be written.</source>
        <translation>The spreadsheet table could not be written.</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>There is no unit with id %1.</translation>
    </message>
    <message>
        <source>The spreadsheet “%1” could not be created.</source>
        <translation>The spreadsheet “%1” could not be created.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::StoreSupport</name>
    <message>
        <source>The new record received no id.</source>
        <translation>The new record received no id.</translation>
    </message>
    <message>
        <source>“%1” was changed or deleted elsewhere since it was opened. Your change was not saved; the view has been reloaded.</source>
        <translation>“%1” was changed or deleted elsewhere since it was opened. Your change was not saved; the view has been reloaded.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SwapCommand</name>
    <message>
        <source>Swap “%1” and “%2”</source>
        <translation>Swap “%1” and “%2”</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::TemplateExport</name>
    <message>
        <source>The template could not be written: %1.</source>
        <translation>The template could not be written: %1.</translation>
    </message>
    <message>
        <source>The drop-down lists of the template could not be written.</source>
        <translation>The drop-down lists of the template could not be written.</translation>
    </message>
    <message>
        <source>A roster template is made for one unit: choose it.</source>
        <translation>A roster template is made for one unit: choose it.</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>There is no unit with id %1.</translation>
    </message>
    <message>
        <source>The template “%1” could not be created.</source>
        <translation>The template “%1” could not be created.</translation>
    </message>
    <message>
        <source>The template could not be written.</source>
        <translation>The template could not be written.</translation>
    </message>
    <message>
        <source>%1 is a template for the duty period “%2”, which is not in this database: choose the period to import it into.</source>
        <translation>%1 is a template for the duty period “%2”, which is not in this database: choose the period to import it into.</translation>
    </message>
    <message>
        <source>%1 is a template for the unit “%2”, which is not in this database: choose the unit to import it into.</source>
        <translation>%1 is a template for the unit “%2”, which is not in this database: choose the unit to import it into.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnavailabilityCommand</name>
    <message>
        <source>Unavailable: %1, %2 – %3</source>
        <translation>Unavailable: %1, %2 – %3</translation>
    </message>
    <message>
        <source>Remove the unavailability of %1</source>
        <translation>Remove the unavailability of %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnavailabilityDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Unavailability of %1</source>
        <translation>Unavailability of %1</translation>
    </message>
    <message>
        <source>Leave, business trip, training…</source>
        <translation>Leave, business trip, training…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>Days on which %1 cannot be on duty:</source>
        <translation>Days on which %1 cannot be on duty:</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnitDialog</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>New Unit</translation>
    </message>
    <message>
        <source>Edit Unit</source>
        <translation>Edit Unit</translation>
    </message>
    <message>
        <source>e.g. Trường THPT Ngô Quyền</source>
        <translation>e.g. Trường THPT Ngô Quyền</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Sort order:</source>
        <translation>&amp;Sort order:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnitPickerDialog</name>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>Move to the &amp;top level</translation>
    </message>
    <message>
        <source>Move “%1” To</source>
        <translation>Move “%1” To</translation>
    </message>
    <message>
        <source>Choose the new parent unit:</source>
        <translation>Choose the new parent unit:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnitTreeModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · code %2</translation>
    </message>
    <message>
        <source>Rename Unit “%1” to “%2”</source>
        <translation>Rename Unit “%1” to “%2”</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Units to “%1”</source>
        <translation>
            <numerusform>Move %n Units to “%1”</numerusform>
            <numerusform>Move %n Units to “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Unit “%1” to “%2”</source>
        <translation>Move Unit “%1” to “%2”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UpdateCommand</name>
    <message>
        <source>“%1” cannot be applied: the record was changed elsewhere in the meantime.</source>
        <translation>“%1” cannot be applied: the record was changed elsewhere in the meantime.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::XlsxReader</name>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: the file cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1: the file is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1: the file is too large to import (%2 MB; at most %3 MB).</translation>
    </message>
    <message>
        <source>%1: this is an old Excel 97–2003 (.xls) file. Open it in Excel or LibreOffice and save it as .xlsx, then import that file.</source>
        <translation>%1: this is an old Excel 97–2003 (.xls) file. Open it in Excel or LibreOffice and save it as .xlsx, then import that file.</translation>
    </message>
    <message>
        <source>%1: the file is damaged or incomplete (was it cut short while being copied or downloaded?). Ask for the file again.</source>
        <translation>%1: the file is damaged or incomplete (was it cut short while being copied or downloaded?). Ask for the file again.</translation>
    </message>
    <message>
        <source>%1: this is not an Excel (.xlsx) file.</source>
        <translation>%1: this is not an Excel (.xlsx) file.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: the file cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: this is not an Excel workbook (the part “%2” is missing).</source>
        <translation>%1: this is not an Excel workbook (the part “%2” is missing).</translation>
    </message>
    <message>
        <source>%1: the file is damaged or incomplete (%2). Ask for the file again.</source>
        <translation>%1: the file is damaged or incomplete (%2). Ask for the file again.</translation>
    </message>
    <message>
        <source>%1: the part “%2” unpacks to more than %3 MB; the file is refused (it may be built to exhaust the memory).</source>
        <translation>%1: the part “%2” unpacks to more than %3 MB; the file is refused (it may be built to exhaust the memory).</translation>
    </message>
    <message>
        <source>%1: the part “%2” is damaged (line %3: %4).</source>
        <translation>%1: the part “%2” is damaged (line %3: %4).</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet.</source>
        <translation>%1: the workbook has no sheet.</translation>
    </message>
    <message>
        <source>%1: there is no sheet “%2”; the sheets are %3.</source>
        <translation>%1: there is no sheet “%2”; the sheets are %3.</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, sheet “%2”</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <source>%1: a row number beyond Excel&apos;s limit (%2).</source>
        <translation>%1: a row number beyond Excel&apos;s limit (%2).</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; split the file.</source>
        <translation>%1: more than %2 rows; split the file.</translation>
    </message>
    <message>
        <source>%1: a cell has the malformed reference “%2”.</source>
        <translation>%1: a cell has the malformed reference “%2”.</translation>
    </message>
    <message>
        <source>%1: a cell beyond the last column Excel allows (%2); the file is refused.</source>
        <translation>%1: a cell beyond the last column Excel allows (%2); the file is refused.</translation>
    </message>
    <message>
        <source>%1: the cell refers to a text that is not in the file; the file is damaged.</source>
        <translation>%1: the cell refers to a text that is not in the file; the file is damaged.</translation>
    </message>
    <message>
        <source>%1: more than %2 cells; the file is refused.</source>
        <translation>%1: more than %2 cells; the file is refused.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::XlsxStreamWriter</name>
    <message>
        <source>The spreadsheet “%1” could not be created: %2.</source>
        <translation>The spreadsheet “%1” could not be created: %2.</translation>
    </message>
    <message>
        <source>The spreadsheet was not started.</source>
        <translation>The spreadsheet was not started.</translation>
    </message>
    <message>
        <source>The spreadsheet “%1” could not be written: %2.</source>
        <translation>The spreadsheet “%1” could not be written: %2.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Lunar New Year (Tết)</translation>
    </message>
    <message>
        <source>Hung Kings Commemoration Day</source>
        <translation>Hung Kings Commemoration Day</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Reunification Day</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>International Labour Day</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
</context>
<context>
    <name>LunarCalendar</name>
    <message>
        <source>The date is not valid.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <source>The lunar calendar covers the years 1900 to 2100 only; %1 is outside.</source>
        <translation>The lunar calendar covers the years 1900 to 2100 only; %1 is outside.</translation>
    </message>
    <message>
        <source>A lunar month is numbered 1 to 12, not %1.</source>
        <translation>A lunar month is numbered 1 to 12, not %1.</translation>
    </message>
    <message>
        <source>Lunar year %1 has no leap month %2.</source>
        <translation>Lunar year %1 has no leap month %2.</translation>
    </message>
    <message>
        <source>Lunar month %1 of %2 has %3 days; day %4 does not exist.</source>
        <translation>Lunar month %1 of %2 has %3 days; day %4 does not exist.</translation>
    </message>
</context>
</TS>
