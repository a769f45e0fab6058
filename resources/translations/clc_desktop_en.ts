<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AttendancePaper</name>
    <message numerus="yes">
        <source>%n held session(s) without a roll call (%1): everyone expected there counts as not present.</source>
        <translation>
            <numerusform>%n held session without a roll call (%1): everyone expected there counts as not present.</numerusform>
            <numerusform>%n held sessions without a roll call (%1): everyone expected there counts as not present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance rate of the class: %1 (%2 of %n expected attendance(s)).</source>
        <translation>
            <numerusform>Attendance rate of the class: %1 (%2 of %n expected attendance).</numerusform>
            <numerusform>Attendance rate of the class: %1 (%2 of %n expected attendances).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message numerus="yes">
        <source>%n session(s), %1</source>
        <translation>
            <numerusform>%n session, %1</numerusform>
            <numerusform>%n sessions, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%n session removed</numerusform>
            <numerusform>%n sessions removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassGridTab</name>
    <message numerus="yes">
        <source>%n learner(s) · %1 · class attendance rate %2 %</source>
        <translation>
            <numerusform>%n learner · %1 · class attendance rate %2 %</numerusform>
            <numerusform>%n learners · %1 · class attendance rate %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held so far</source>
        <translation>
            <numerusform>%n session held so far</numerusform>
            <numerusform>%n sessions held so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassGridTableModel</name>
    <message numerus="yes">
        <source>%1 of %n session(s) attended, %2</source>
        <translation>
            <numerusform>%1 of %n session attended, %2</numerusform>
            <numerusform>%1 of %n sessions attended, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n absence</numerusform>
            <numerusform>%n absences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassLearnersTab</name>
    <message numerus="yes">
        <source>From %1, the learners are not expected at the %n session(s) already held before that date: %2.</source>
        <translation>
            <numerusform>From %1, the learners are not expected at the %n session already held before that date: %2.</numerusform>
            <numerusform>From %1, the learners are not expected at the %n sessions already held before that date: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the class now count from the date chosen.</source>
        <translation>
            <numerusform>%n already in the class now counts from the date chosen.</numerusform>
            <numerusform>%n already in the class now count from the date chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) now enrolled from %1.</source>
        <translation>
            <numerusform>%n learner now enrolled from %1.</numerusform>
            <numerusform>%n learners now enrolled from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message numerus="yes">
        <source>%n class(es) shown</source>
        <translation>
            <numerusform>%n class shown</numerusform>
            <numerusform>%n classes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a roll call: %1. Everyone enrolled counts as expected there: take the roll call on the Attendance page.</source>
        <translation>
            <numerusform>%n session without a roll call: %1. Everyone enrolled counts as expected there: take the roll call on the Attendance page.</numerusform>
            <numerusform>%n sessions without a roll call: %1. Everyone enrolled counts as expected there: take the roll call on the Attendance page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>= attended %1 / expected %2, at the %n held session(s) up to %3. Expected: each learner enrolled on the session&apos;s date (from the enrolment date up to the withdrawal date). Attended: present or late.</source>
        <translation>
            <numerusform>= attended %1 / expected %2, at the %n held session up to %3. Expected: each learner enrolled on the session&apos;s date (from the enrolment date up to the withdrawal date). Attended: present or late.</numerusform>
            <numerusform>= attended %1 / expected %2, at the %n held sessions up to %3. Expected: each learner enrolled on the session&apos;s date (from the enrolment date up to the withdrawal date). Attended: present or late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n session(s).</source>
        <translation>
            <numerusform>Saved, with %n session.</numerusform>
            <numerusform>Saved, with %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session added</numerusform>
            <numerusform>%n sessions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) enrolled.</source>
        <extracomment>What the page shows: the list (sessions, learners), a class&apos;s sessions, learners and rate. Replaced in tests: runs a dialog, True when accepted; runs a message box.</extracomment>
        <translation>
            <numerusform>%n learner enrolled.</numerusform>
            <numerusform>%n learners enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the class.</source>
        <translation>
            <numerusform>%n was already in the class.</numerusform>
            <numerusform>%n were already in the class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) withdrawn on %1.</source>
        <translation>
            <numerusform>%n learner withdrawn on %1.</numerusform>
            <numerusform>%n learners withdrawn on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationTab</name>
    <message numerus="yes">
        <source>%1 of %Ln expected unit(s) missing</source>
        <translation>
            <numerusform>%1 of %Ln expected unit missing</numerusform>
            <numerusform>%1 of %Ln expected units missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of whom %Ln women</source>
        <translation>
            <numerusform>of whom %Ln women</numerusform>
            <numerusform>of whom %Ln women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) held</source>
        <translation>
            <numerusform>%Ln session held</numerusform>
            <numerusform>%Ln sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consolidated %Ln report(s) for %1, period %2.</source>
        <translation>
            <numerusform>Consolidated %Ln report for %1, period %2.</numerusform>
            <numerusform>Consolidated %Ln reports for %1, period %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation>
            <numerusform>%1 (%n learner)</numerusform>
            <numerusform>%1 (%n learners)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <source>%n learner(s) found</source>
        <translation>
            <numerusform>%n learner found</numerusform>
            <numerusform>%n learners found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n learner(s)</source>
        <translation>
            <numerusform>Enrol %n learner</numerusform>
            <numerusform>Enrol %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message numerus="yes">
        <source>%Ln file(s): %1 to import, %2 flagged (tick those to import), %3 already imported, %4 rejected.</source>
        <translation>
            <numerusform>%Ln file: %1 to import, %2 flagged (tick those to import), %3 already imported, %4 rejected.</numerusform>
            <numerusform>%Ln files: %1 to import, %2 flagged (tick those to import), %3 already imported, %4 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln file(s)</source>
        <translation>
            <numerusform>Import %Ln file</numerusform>
            <numerusform>Import %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) (%1 of them flagged, kept marked as such); %2 flagged files not imported.</source>
        <translation>
            <numerusform>Imported %Ln file (%1 of them flagged, kept marked as such); %2 flagged files not imported.</numerusform>
            <numerusform>Imported %Ln files (%1 of them flagged, kept marked as such); %2 flagged files not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerImportDialog</name>
    <message numerus="yes">
        <source>Read %Ln row(s) from the sheet «%1».</source>
        <translation>
            <numerusform>Read %Ln row from the sheet «%1».</numerusform>
            <numerusform>Read %Ln rows from the sheet «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected rows do not allow that choice.</source>
        <translation>
            <numerusform>%n of the selected rows does not allow that choice.</numerusform>
            <numerusform>%n of the selected rows do not allow that choice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rejected row(s) to %1: fix them there and import that file.</source>
        <translation>
            <numerusform>Saved %n rejected row to %1: fix it there and import that file.</numerusform>
            <numerusform>Saved %n rejected rows to %1: fix them there and import that file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message numerus="yes">
        <source>%1 of %Ln learner(s)</source>
        <translation>
            <numerusform>%1 of %Ln learner</numerusform>
            <numerusform>%1 of %Ln learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) may be recorded twice. Select the two records of one person and choose Merge two.</source>
        <translation>
            <numerusform>%Ln learner may be recorded twice. Select the two records of one person and choose Merge two.</numerusform>
            <numerusform>%Ln learners may be recorded twice. Select the two records of one person and choose Merge two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln learner(s). They stay in the reports of the past; choose Archived learners to see them.</source>
        <translation>
            <numerusform>Archived %Ln learner. They stay in the reports of the past; choose Archived learners to see them.</numerusform>
            <numerusform>Archived %Ln learners. They stay in the reports of the past; choose Archived learners to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln learner(s).</source>
        <translation>
            <numerusform>Brought back %Ln learner.</numerusform>
            <numerusform>Brought back %Ln learners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n learner(s) to the archive?</source>
        <translation>
            <numerusform>Move this learner to the archive?</numerusform>
            <numerusform>Move these %n learners to the archive?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n earlier session(s) have no roll call yet: nobody counts as present there until it is taken.</source>
        <translation>
            <numerusform>%n earlier session has no roll call yet: nobody counts as present there until it is taken.</numerusform>
            <numerusform>%n earlier sessions have no roll call yet: nobody counts as present there until it is taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>of whom %Ln woman(s)</source>
        <translation>
            <numerusform>of whom %Ln woman</numerusform>
            <numerusform>of whom %Ln women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) held, %1 did not take place</source>
        <translation>
            <numerusform>%Ln session held, %1 did not take place</numerusform>
            <numerusform>%Ln sessions held, %1 did not take place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mark(s)</source>
        <translation>
            <numerusform>%Ln mark</numerusform>
            <numerusform>%Ln marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds personal data of %Ln learner(s).</source>
        <translation>
            <numerusform>It holds personal data of %Ln learner.</numerusform>
            <numerusform>It holds personal data of %Ln learners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln file(s): %1 valid, %2 need attention.</source>
        <translation>
            <numerusform>Checked %Ln file: %1 valid, %2 need attention.</numerusform>
            <numerusform>Checked %Ln files: %1 valid, %2 need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RollCallTab</name>
    <message numerus="yes">
        <source>%n session(s) without a roll call: %1.</source>
        <translation>
            <numerusform>%n session without a roll call: %1.</numerusform>
            <numerusform>%n sessions without a roll call: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n learner(s) expected</source>
        <translation>
            <numerusform>%1 · %2 · %n learner expected</numerusform>
            <numerusform>%1 · %2 · %n learners expected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message numerus="yes">
        <source>Period %1: %2 of %Ln unit(s) have reported (%3 late), %4 missing; %5 accepted.</source>
        <translation>
            <numerusform>Period %1: %2 of %Ln unit have reported (%3 late), %4 missing; %5 accepted.</numerusform>
            <numerusform>Period %1: %2 of %Ln units have reported (%3 late), %4 missing; %5 accepted.</numerusform>
        </translation>
    </message>
</context>
</TS>
