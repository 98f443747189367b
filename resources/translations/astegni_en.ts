<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoardEditor</name>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n stroke</numerusform>
            <numerusform>%n strokes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>· %n action(s) waiting to sync</source>
        <translation>
            <numerusform>· %n action waiting to sync</numerusform>
            <numerusform>· %n actions waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s)</source>
        <translation>
            <numerusform>%n sync problem</numerusform>
            <numerusform>%n sync problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session request(s)</source>
        <translation>
            <numerusform>New session request</numerusform>
            <numerusform>%n new session requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) not opened yet</source>
        <translation>
            <numerusform>%n new request not opened yet</numerusform>
            <numerusform>%n new requests not opened yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) have not reached Astegni yet. They stay on this computer and are sent the next time you sign in with this account.</source>
        <translation>
            <numerusform>%n action has not reached Astegni yet. It stays on this computer and is sent the next time you sign in with this account.</numerusform>
            <numerusform>%n actions have not reached Astegni yet. They stay on this computer and are sent the next time you sign in with this account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n availability block(s)</source>
        <translation>
            <numerusform>%n availability block</numerusform>
            <numerusform>%n availability blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message numerus="yes">
        <source>%n sharing the cost</source>
        <translation>
            <numerusform>%n sharing the cost</numerusform>
            <numerusform>%n sharing the cost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message numerus="yes">
        <source>On %n date(s)</source>
        <translation>
            <numerusform>On %n date</numerusform>
            <numerusform>On %n dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to {file}.</source>
        <translation>
            <numerusform>%n event saved to {file}.</numerusform>
            <numerusform>%n events saved to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentDetail</name>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Group of %n</numerusform>
            <numerusform>Group of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students of this package have this lesson together</source>
        <translation>
            <numerusform>%n student of this package has this lesson</numerusform>
            <numerusform>%n students of this package have this lesson together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons (%n)</source>
        <translation>
            <numerusform>Lessons (%n)</numerusform>
            <numerusform>Lessons (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentsPanel</name>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhiteboardPanel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n stroke</numerusform>
            <numerusform>%n strokes</numerusform>
        </translation>
    </message>
</context>
</TS>
