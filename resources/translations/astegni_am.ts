<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of your data was damaged, so it was set aside and is being downloaded again from Astegni.

The damaged file was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action waiting to sync was recovered and will still be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} actions waiting to sync were recovered and will still be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that were waiting to sync could not be read from the damaged file. Please check your recent accept/reject decisions on Astegni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to keep syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astegni Desktop cannot start.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Availability</source>
        <translation>ክፍት ጊዜ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ርዕስ(&amp;T)</translation>
    </message>
    <message>
        <source>For example: Weekday afternoon tutoring</source>
        <translation>ለምሳሌ፦ በሥራ ቀናት ከሰዓት በኋላ ማስጠናት</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>መግለጫ(&amp;D)</translation>
    </message>
    <message>
        <source>What students can book in this time (optional)</source>
        <translation>ተማሪዎች በዚህ ጊዜ ምን መያዝ እንደሚችሉ (አማራጭ)</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>ድግግሞሽ</translation>
    </message>
    <message>
        <source>&amp;Every week, on chosen days and months</source>
        <translation>በየሳምንቱ፣ በተመረጡ ቀናትና ወራት(&amp;E)</translation>
    </message>
    <message>
        <source>On s&amp;pecific dates</source>
        <translation>በተወሰኑ ቀኖች(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>ዓመት(&amp;Y)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>ወራት</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>የሳምንቱ ቀናት</translation>
    </message>
    <message>
        <source>Click dates to add or remove them.</source>
        <translation>ቀን ለመጨመር ወይም ለማስወገድ ቀኑን ይጫኑ።</translation>
    </message>
    <message>
        <source>C&amp;lear dates</source>
        <translation>ቀኖቹን አጽዳ(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>ሰዓት(&amp;I)</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>እስከ</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>ማስታወሻ(&amp;N)</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>እነዚህን ማስታወሻዎች የሚያዩት እርስዎ ብቻ ነዎት</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>ቅድሚያ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ሁኔታ(&amp;S)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>አስታዋሽ</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>አስታውሰኝ(&amp;R)</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> ደቂቃ በፊት</translation>
    </message>
    <message>
        <source>&amp;Notification</source>
        <translation>ማሳወቂያ(&amp;N)</translation>
    </message>
    <message>
        <source>Show the reminder as a notification on this computer (and in the browser, on the Astegni website)</source>
        <translation>አስታዋሹን በዚህ ኮምፒውተር ላይ እንደ ማሳወቂያ አሳይ (በAstegni ድረ ገጽም፣ በአሳሹ ውስጥ)</translation>
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation>ድምፅ(&amp;O)</translation>
    </message>
    <message>
        <source>New availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: students can book it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: only you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These notes are {length} characters long: only the first {kept} are shown, and only those are kept if you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked {spans}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished">ክፍት ጊዜ</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished">ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>Not sent: see Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more at this time: click to open the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ሁኔታ</translation>
    </message>
    <message>
        <source>  · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned in these four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Call</name>
    <message>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 kbit/s with video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 kbit/s, audio only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (audio only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>📞 Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the student of this lesson (voice and video, as on the Astegni website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide your camera to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with voice only: for slow connections (takes effect on the next call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone, camera, speaker, network and bandwidth for calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ይቅር</translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float the video in its own window, or dock it back beside the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture from the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your camera is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This camera cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN servers, comma separated (the Astegni website uses these three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn:turn.example.org:3478 (only behind a strict firewall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with voice only by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TURN user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TURN password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak: the bar moves with your voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This microphone cannot be opened: the student would not hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This speaker cannot be opened: you would not hear the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUN and TURN servers look like stun:host:3478 or turn:host:3478</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keyring to keep the TURN password in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app keeps running. Details are also in the log folder:
{folder}
Nothing has been sent anywhere: copy the details to share them with whoever helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astegni Desktop ran into an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astegni Desktop ran into {n} unexpected errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astegni Desktop closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last time, Astegni Desktop stopped unexpectedly. The report is kept in {report}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astegni Desktop closed unexpectedly the last time it ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page your student&apos;s browser shows (their ink and yours land there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your student&apos;s view: what their browser shows of the page (the shaded part is off their screen). Choose the size of their browser, or hide the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the student&apos;s view: move the selection (or the whole page) into what your student sees, smaller if it does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach this board to a student: it is uploaded, then every stroke goes live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let student draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow or stop the student drawing, writing and erasing on this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play this board back stroke by stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">ተማሪ</translation>
    </message>
    <message>
        <source>✓ Student can draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{screen}: no guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to {screen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas size in the browser (width × height):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Partly off {name}&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· {name} sees {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} asks to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· lesson with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· lesson preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages}: kept on this computer only (this server does not accept new pages; {n} strokes wait for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} erased stroke(s) stay on the server (it cannot delete strokes); they stay erased here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s pages and strokes are uploaded in drawing order, then everything you draw reaches your student live. Offline, it all waits and goes out when you are back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit this page into what the student&apos;s browser shows ({size}): some ink is beyond it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit these {n} pages into what the student&apos;s browser shows ({size}): some ink is beyond it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no students yet: accept a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the chat (the Chat button brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message your student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat is unavailable on this server (it answers 403). Use the chat on the Astegni website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: {text}  ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what the replay shows now as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke {n} of {total} · page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Edit lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">ቀን</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">እስከ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">ሰዓት</translation>
    </message>
    <message>
        <source>Separate topics with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished">ሁኔታ(&amp;S)</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">ተማሪ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics co&amp;vered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrolled course to add a lesson to yet: accept a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson clashes with your calendar:

• {problems}

Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Requested Sessions</source>
        <translation>የትምህርት ጥያቄዎች</translation>
    </message>
    <message>
        <source>My Students</source>
        <translation>ተማሪዎቼ</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>የጊዜ ሰሌዳ</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>ነጭ ሰሌዳ</translation>
    </message>
    <message>
        <source>Open Astegni Desktop</source>
        <translation>Astegni Desktopን ክፈት</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ዝጋ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ክፍሎች</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4 open a section</source>
        <translation>ከCtrl+1 እስከ Ctrl+4 ክፍሎችን ይከፍታሉ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>አሁን አመሳስል</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>አሁን አመሳስል (F5)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>መለያ(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>በ{name} መለያ ገብተዋል</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>አሁን አመሳስል(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;problems…</source>
        <translation>የማመሳሰል ችግሮች…(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>ቅንብሮች…(&amp;T)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ከመለያ ውጣ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ዝጋ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>እይታ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>እገዛ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Astegni Desktop</source>
        <translation>ስለ Astegni Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Astegni Desktop 0.1
The tutor&apos;s desktop app for Astegni.

Server: {server}</source>
        <translation>Astegni Desktop 0.1
የAstegni መምህራን የዴስክቶፕ መተግበሪያ።

አገልጋይ፦ {server}</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>የመዝገብ ፋይሎችን አቃፊ ክፈት(&amp;L)</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>የመዝገብ ፋይሎች አቃፊ</translation>
    </message>
    <message>
        <source>The log files are in
{folder}</source>
        <translation>የመዝገብ ፋይሎቹ እዚህ ናቸው፦
{folder}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>በማመሳሰል ላይ…</translation>
    </message>
    <message>
        <source>Offline: your changes are saved on this computer</source>
        <translation>ከመስመር ውጭ፦ ለውጦችዎ በዚህ ኮምፒውተር ላይ ተቀምጠዋል</translation>
    </message>
    <message>
        <source>Signed out: sign in to sync</source>
        <translation>ከመለያ ወጥተዋል፦ ለማመሳሰል ይግቡ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>በመስመር ላይ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>በመገናኘት ላይ…</translation>
    </message>
    <message numerus="yes">
        <source>· %n action(s) waiting to sync</source>
        <translation>
            <numerusform>· %n ተግባር ለመላክ እየጠበቀ ነው</numerusform>
            <numerusform>· %n ተግባራት ለመላክ እየጠበቁ ነው</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>መጨረሻ የተመሳሰለው፦ {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ገና አልተመሳሰለም</translation>
    </message>
    <message>
        <source>Offline · showing the copy on this computer from {when}</source>
        <translation>ከመስመር ውጭ · በዚህ ኮምፒውተር ያለው ቅጂ ({when})</translation>
    </message>
    <message>
        <source>Offline · showing the copy on this computer</source>
        <translation>ከመስመር ውጭ · በዚህ ኮምፒውተር ያለው ቅጂ</translation>
    </message>
    <message>
        <source>Updated {when}</source>
        <translation>የዘመነው፦ {when}</translation>
    </message>
    <message>
        <source>Not synced yet: showing the copy on this computer</source>
        <translation>ገና አልተመሳሰለም፦ በዚህ ኮምፒውተር ያለው ቅጂ</translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s)</source>
        <translation>
            <numerusform>%n የማመሳሰል ችግር</numerusform>
            <numerusform>%n የማመሳሰል ችግሮች</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson with {name}</source>
        <translation>ከ{name} ጋር ትምህርት</translation>
    </message>
    <message>
        <source>A student</source>
        <translation>አንድ ተማሪ</translation>
    </message>
    <message numerus="yes">
        <source>%n new session request(s)</source>
        <translation>
            <numerusform>አዲስ የትምህርት ጥያቄ</numerusform>
            <numerusform>%n አዲስ የትምህርት ጥያቄዎች</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} would like lessons with you.</source>
        <translation>{name} ከእርስዎ ጋር መማር ይፈልጋሉ።</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) not opened yet</source>
        <translation>
            <numerusform>%n አዲስ ጥያቄ ገና አልተከፈተም</numerusform>
            <numerusform>%n አዲስ ጥያቄዎች ገና አልተከፈቱም</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of Astegni Desktop?</source>
        <translation>ከAstegni Desktop መለያዎ ይውጡ?</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) have not reached Astegni yet. They stay on this computer and are sent the next time you sign in with this account.</source>
        <translation>
            <numerusform>%n ተግባር ገና Astegni አልደረሰም። በዚህ ኮምፒውተር ላይ ይቆያል፤ በዚህ መለያ በሚቀጥለው ጊዜ ሲገቡ ይላካል።</numerusform>
            <numerusform>%n ተግባራት ገና Astegni አልደረሱም። በዚህ ኮምፒውተር ላይ ይቆያሉ፤ በዚህ መለያ በሚቀጥለው ጊዜ ሲገቡ ይላካሉ።</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ከመለያ ውጣ</translation>
    </message>
    <message>
        <source>Astegni Desktop is still running</source>
        <translation>Astegni Desktop አሁንም እየሠራ ነው</translation>
    </message>
    <message>
        <source>Lesson reminders keep coming. Choose Quit from this icon&apos;s menu to close it.</source>
        <translation>የትምህርት አስታዋሾች መምጣታቸውን ይቀጥላሉ። ለመዝጋት ከዚህ ምልክት ምናሌ «ዝጋ»ን ይምረጡ።</translation>
    </message>
</context>
<context>
    <name>PhoneticInput</name>
    <message>
        <source>Amharic typing</source>
        <translation>የአማርኛ መጻፊያ</translation>
    </message>
    <message>
        <source>Amharic typing is on: Latin keys type Ge&apos;ez (selam → ሰላም).</source>
        <translation>የአማርኛ መጻፊያ በርቷል፦ የላቲን ቁልፎች በግዕዝ ይጽፋሉ (selam → ሰላም)።</translation>
    </message>
    <message>
        <source>Amharic typing is off: keys type as your keyboard does.</source>
        <translation>የአማርኛ መጻፊያ ጠፍቷል፦ ቁልፎች እንደ ቁልፍ ሰሌዳዎ ይጽፋሉ።</translation>
    </message>
    <message>
        <source>F12 switches it; Shift+F12 shows the keys.</source>
        <translation>F12 ያበራዋል ወይም ያጠፋዋል፤ Shift+F12 ቁልፎቹን ያሳያል።</translation>
    </message>
    <message>
        <source>Amharic typing (F12)</source>
        <translation>የአማርኛ መጻፊያ (F12)</translation>
    </message>
    <message>
        <source>Reference card of the keys… (Shift+F12)</source>
        <translation>የቁልፎቹ ማጣቀሻ… (Shift+F12)</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>request {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept {name}&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject {name}&apos;s request</source>
        <translation type="unfinished">የ{name}ን ጥያቄ ውድቅ አድርግ</translation>
    </message>
    <message>
        <source>an accepted request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lessons Astegni left out for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an availability block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create availability {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to availability {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete availability {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson with {name} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what the student may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app tries again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app tries again in about {span}, and when you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} other changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: refused by this server for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"> እና </translation>
    </message>
    <message>
        <source>{things} waits with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{things} wait with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These actions were kept on this computer because the server refused them. Retry sends one again; Undo drops it and restores what the server has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer for now: this server refuses these, so they wait here (nothing is lost, nothing to do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was refused for good: everything else has reached Astegni or is waiting to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stuck. Everything you did has reached Astegni or is waiting to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceCard</name>
    <message>
        <source>Amharic typing: the keys</source>
        <translation>የአማርኛ መጻፊያ፦ ቁልፎቹ</translation>
    </message>
    <message>
        <source>Type a consonant, then a vowel: s + e → ሰ, l + a → ላ, m alone → ም (selam → ሰላም). ē is E, ie or ee (bEt → ቤት); ə is I or no vowel. A vowel alone is carried by አ (abeba → አበባ); ` before a vowel uses ዐ (`amet → ዓመት). W labialises: kWa → ኳ, gWadeNa → ጓደኛ. A doubled consonant is written once (temarri → ተማሪ). &apos; keeps letters apart (s&apos;s → ስስ). After Ge&apos;ez: . or :: → ።, , → ፣, ; → ፤. F12 switches Amharic typing on and off.</source>
        <translation>ተነባቢ፣ ከዚያ አናባቢ ይጻፉ፦ s + e → ሰ፣ l + a → ላ፣ m ብቻውን → ም (selam → ሰላም)። ኤ E፣ ie ወይም ee ነው (bEt → ቤት)፤ እ I ወይም ያለ አናባቢ ነው። ብቻውን የሚመጣ አናባቢ በአ ይጻፋል (abeba → አበባ)፤ ከአናባቢ በፊት ` ዐን ያመጣል (`amet → ዓመት)። W ዲቃላ ፊደል ያደርጋል፦ kWa → ኳ፣ gWadeNa → ጓደኛ። ድርብ ተነባቢ አንድ ጊዜ ይጻፋል (temarri → ተማሪ)። &apos; ፊደሎችን ይለያያል (s&apos;s → ስስ)። ከግዕዝ ፊደል በኋላ፦ «.» ወይም «::» → ።፣ «,» → ፣፣ «;» → ፤። F12 የአማርኛ መጻፊያን ያበራል ወይም ያጠፋል።</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject request</source>
        <translation>ጥያቄውን ውድቅ አድርግ</translation>
    </message>
    <message>
        <source>Tell the student why. They see this reason.</source>
        <translation>ለተማሪው ምክንያቱን ይንገሩ። ይህን ምክንያት ያያሉ።</translation>
    </message>
    <message>
        <source>For example: My Saturday slots are full until January.</source>
        <translation>ለምሳሌ፦ እስከ ጥር ድረስ የቅዳሜ ሰዓቶቼ ሞልተዋል።</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>&amp;Reject request</source>
        <translation>ጥያቄውን ውድቅ አድርግ(&amp;R)</translation>
    </message>
    <message>
        <source>My schedule is full at the times you asked for.</source>
        <translation>በጠየቁት ሰዓት የጊዜ ሰሌዳዬ ሞልቷል።</translation>
    </message>
    <message>
        <source>This package does not match the student&apos;s grade.</source>
        <translation>ይህ ጥቅል ከተማሪው የክፍል ደረጃ ጋር አይመጣጠንም።</translation>
    </message>
    <message>
        <source>The counter-offer is below my rate for this package.</source>
        <translation>ያቀረቡት ዋጋ ለዚህ ጥቅል ከማስከፍለው ዋጋ ያነሰ ነው።</translation>
    </message>
    <message>
        <source>I do not teach this subject.</source>
        <translation>ይህን የትምህርት ዓይነት አላስተምርም።</translation>
    </message>
    <message>
        <source>this student</source>
        <translation>ይህ ተማሪ</translation>
    </message>
    <message>
        <source>Reject {name}&apos;s request</source>
        <translation>የ{name}ን ጥያቄ ውድቅ አድርግ</translation>
    </message>
    <message>
        <source>Tell {name} why. They will see this reason on Astegni.</source>
        <translation>ለ{name} ምክንያቱን ይንገሩ። ይህን ምክንያት በAstegni ላይ ያያሉ።</translation>
    </message>
    <message>
        <source>Choose a common reason…</source>
        <translation>የተለመደ ምክንያት ይምረጡ…</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message numerus="yes">
        <source>%n sharing the cost</source>
        <translation>
            <numerusform>%n ሰው ወጪውን ይጋራል</numerusform>
            <numerusform>%n ሰዎች ወጪውን ይጋራሉ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Student</source>
        <translation>ተማሪ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>ጥቅል</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>ዋጋ</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>የተጠየቀው</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ተቀባይነት ያገኙ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ውድቅ የተደረጉ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ሁሉም</translation>
    </message>
    <message>
        <source>Unknown student</source>
        <translation>ያልታወቀ ተማሪ</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>ጥቅል የለም</translation>
    </message>
    <message>
        <source>Package rate</source>
        <translation>የጥቅሉ ዋጋ</translation>
    </message>
    <message>
        <source>New: not opened yet</source>
        <translation>አዲስ፦ ገና አልተከፈተም</translation>
    </message>
    <message>
        <source>The requester&apos;s counter-offer, per hour</source>
        <translation>ጠያቂው ያቀረበው ዋጋ፣ በሰዓት</translation>
    </message>
    <message>
        <source>The package&apos;s hourly rate</source>
        <translation>የጥቅሉ የሰዓት ዋጋ</translation>
    </message>
    <message>
        <source>{price} per hour (counter-offer; the package is {rate})</source>
        <translation>በሰዓት {price} (የቀረበ ዋጋ፤ የጥቅሉ ዋጋ {rate} ነው)</translation>
    </message>
    <message>
        <source>{price} per hour (counter-offer)</source>
        <translation>በሰዓት {price} (የቀረበ ዋጋ)</translation>
    </message>
    <message>
        <source>No price: no package and no counter-offer</source>
        <translation>ዋጋ የለም፦ ጥቅልም የቀረበ ዋጋም የለም</translation>
    </message>
    <message>
        <source>The package&apos;s rate</source>
        <translation>የጥቅሉ ዋጋ</translation>
    </message>
    <message>
        <source>{price} per hour (the package&apos;s rate)</source>
        <translation>በሰዓት {price} (የጥቅሉ ዋጋ)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> እና </translation>
    </message>
    <message>
        <source>no</source>
        <translation>ምንም</translation>
    </message>
    <message>
        <source>Astegni created {created} lessons only; this app is adding {added} lessons ({waiting} waiting to sync).</source>
        <translation>Astegni የፈጠረው የ{created} ትምህርቶችን ብቻ ነው፤ ይህ መተግበሪያ {added} ትምህርቶችን እየጨመረ ነው ({waiting} ለመላክ በመጠባበቅ ላይ)።</translation>
    </message>
    <message>
        <source>Astegni created {created} lessons only; {added} lessons were added by this app.</source>
        <translation>Astegni የፈጠረው የ{created} ትምህርቶችን ብቻ ነው፤ {added} ትምህርቶች በዚህ መተግበሪያ ተጨምረዋል።</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>ጥያቄ</translation>
    </message>
    <message>
        <source>Schedule wishes</source>
        <translation>የተፈለገው የጊዜ ሰሌዳ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>መልዕክት</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ውጤት</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>ውድቅ አድርግ…(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>ተቀበል(&amp;A)</translation>
    </message>
    <message>
        <source>Accept (Ctrl+Enter)</source>
        <translation>ተቀበል (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Requested by a parent</source>
        <translation>በወላጅ የተጠየቀ</translation>
    </message>
    <message>
        <source>Requested by the student</source>
        <translation>በተማሪው የተጠየቀ</translation>
    </message>
    <message>
        <source>{status}: saved on this computer, waiting to reach Astegni.</source>
        <translation>{status}፦ በዚህ ኮምፒውተር ላይ ተቀምጧል፤ Astegni እስኪደርስ በመጠባበቅ ላይ።</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>አገልጋዩ አልተቀበለውም</translation>
    </message>
    <message>
        <source>Not sent: {error}. See Sync problems to retry or undo.</source>
        <translation>አልተላከም፦ {error}። እንደገና ለመሞከር ወይም ለመቀልበስ «የማመሳሰል ችግሮች»ን ይመልከቱ።</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>ተማሪዎች</translation>
    </message>
    <message>
        <source>No message.</source>
        <translation>መልዕክት የለም።</translation>
    </message>
    <message>
        <source>Message from {name}</source>
        <translation>ከ{name} የተላከ መልዕክት</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ምላሽ የተሰጠበት</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ምክንያት</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>ትምህርቶች</translation>
    </message>
    <message>
        <source>This request has no package, and Astegni cannot accept a request without one. You can reject it and ask the student to choose a package.</source>
        <translation>ይህ ጥያቄ ጥቅል የለውም፤ Astegni ያለ ጥቅል ጥያቄ መቀበል አይችልም። ጥያቄውን ውድቅ አድርገው ተማሪው ጥቅል እንዲመርጥ መጠየቅ ይችላሉ።</translation>
    </message>
    <message>
        <source>Requested Sessions</source>
        <translation>የትምህርት ጥያቄዎች</translation>
    </message>
    <message>
        <source>Search student, package or message</source>
        <translation>ተማሪ፣ ጥቅል ወይም መልዕክት ይፈልጉ</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>አዲሱ መጀመሪያ</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>የቆየው መጀመሪያ</translation>
    </message>
    <message>
        <source>Student name</source>
        <translation>የተማሪ ስም</translation>
    </message>
    <message>
        <source>Highest offer</source>
        <translation>ከፍተኛው ዋጋ</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>እዚህ ምንም የለም</translation>
    </message>
    <message>
        <source>No requests match. New requests from students and parents appear here after a sync.</source>
        <translation>የሚዛመድ ጥያቄ የለም። ከተማሪዎችና ከወላጆች የሚመጡ አዳዲስ ጥያቄዎች ከማመሳሰል በኋላ እዚህ ይታያሉ።</translation>
    </message>
    <message>
        <source>Select a request</source>
        <translation>ጥያቄ ይምረጡ</translation>
    </message>
    <message>
        <source>Choose a request to see the student&apos;s wishes, message and offer.</source>
        <translation>የተማሪውን ፍላጎት፣ መልዕክትና ዋጋ ለማየት ጥያቄ ይምረጡ።</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>ጥያቄዎችን ፈልግ</translation>
    </message>
    <message>
        <source>Finds requests by student, package or message (Ctrl+F)</source>
        <translation>ጥያቄዎችን በተማሪ፣ በጥቅል ወይም በመልዕክት ያገኛል (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sort requests</source>
        <translation>ጥያቄዎችን ደርድር</translation>
    </message>
    <message>
        <source>Session requests</source>
        <translation>የትምህርት ጥያቄዎች</translation>
    </message>
    <message>
        <source>Up and down choose a request; its details show beside the list</source>
        <translation>ወደ ላይና ወደ ታች ቁልፎች ጥያቄ ይመርጣሉ፤ ዝርዝሩ ከዝርዝሩ ጎን ይታያል</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">በሂደት ላይ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">የተጠናቀቀ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopian (ዓ.ም.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} view ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates in the Gregorian or Ethiopian calendar, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add time students can book (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lesson to an enrolled course (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lessons and availability for Google Calendar or Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lesson or an availability block to see it here.

Double-click an empty time in the week or day view to add availability there, or press N; Ctrl + mouse wheel zooms the hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to Astegni when the connection allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astegni refused this change. Open Account › Sync problems to retry or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP LESSON · {n} RECORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">ሁኔታ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">ተማሪ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished">ጥቅል</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished">አካባቢ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished">ርዕሶች</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutor {tutor}, student {student}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished">አስታዋሽ</translation>
    </message>
    <message>
        <source>{n} min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, move or record attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {days} in {months} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %n date(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished">ድግግሞሽ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (only you see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolled course yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons belong to an enrolled course: accept a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the lesson {title} on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson {title} has not started yet (it starts {when}).

Mark it completed anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the lesson {title} on {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It repeats: every occurrence is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .ics file opens in Google Calendar, Outlook and Apple Calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ቅንብሮች</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>አገልጋይ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ገጽታ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>ቀኖች(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ቋንቋ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed (for lesson reminders)</source>
        <translation>መስኮቱ ሲዘጋ በሲስተም ትሪ ውስጥ መሥራቱን ቀጥል (ለትምህርት አስታዋሾች)(&amp;K)</translation>
    </message>
    <message>
        <source>A new server address applies the next time you sign in.</source>
        <translation>አዲስ የአገልጋይ አድራሻ የሚሠራው በሚቀጥለው ጊዜ ሲገቡ ነው።</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>የኮምፒውተሩን ተከተል</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ብሩህ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ጨለማ</translation>
    </message>
    <message>
        <source>Gregorian calendar</source>
        <translation>የግሪጎሪያን ቀን አቆጣጠር</translation>
    </message>
    <message>
        <source>Ethiopian calendar (ዓ.ም.)</source>
        <translation>የኢትዮጵያ ቀን አቆጣጠር (ዓ.ም.)</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>ሁለቱም፣ ጎን ለጎን</translation>
    </message>
    <message>
        <source>Signed in to {server} now (the demo server inside the app). A new address applies the next time you sign in.</source>
        <translation>አሁን {server} ላይ ገብተዋል (በመተግበሪያው ውስጥ ያለው የሙከራ አገልጋይ)። አዲስ አድራሻ የሚሠራው በሚቀጥለው ጊዜ ሲገቡ ነው።</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Astegni Desktop.</source>
        <translation>አዲሱ ቋንቋ Astegni Desktopን በሚቀጥለው ጊዜ ሲከፍቱ ይታያል።</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.astegni.com</source>
        <translation>የአገልጋዩን አድራሻ ያስገቡ፤ ለምሳሌ https://api.astegni.com</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Astegni</source>
        <translation>ወደ Astegni ይግቡ</translation>
    </message>
    <message>
        <source>Sign in for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>እንኳን ደህና መጡ</translation>
    </message>
    <message>
        <source>Sign in with your Astegni tutor account.</source>
        <translation>በAstegni የመምህር መለያዎ ይግቡ።</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>አገልጋይ(&amp;S)</translation>
    </message>
    <message>
        <source>https://api.astegni.com</source>
        <translation>https://api.astegni.com</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ኢሜይል(&amp;E)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>የይለፍ ቃል(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ግባ</translation>
    </message>
</context>
<context>
    <name>StudentDetail</name>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>የ%n ቡድን</numerusform>
            <numerusform>የ%n ቡድን</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students of this package have this lesson together</source>
        <translation>
            <numerusform>የዚህ ጥቅል %n ተማሪ ይህን ትምህርት አብረው ይማራሉ</numerusform>
            <numerusform>የዚህ ጥቅል %n ተማሪዎች ይህን ትምህርት አብረው ይማራሉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons (%n)</source>
        <translation>
            <numerusform>ትምህርቶች (%n)</numerusform>
            <numerusform>ትምህርቶች (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentsPanel</name>
    <message>
        <source>Student</source>
        <translation>ተማሪ</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>ክፍል</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>ጥቅል</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ከ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ሰዓት</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>With</source>
        <translation>ከማን ጋር</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ርዕሶች</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>የታቀደ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>በሂደት ላይ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>የተጠናቀቀ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>የተሰረዘ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>ያመለጠ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ያልታወቀ</translation>
    </message>
    <message>
        <source>{price} per hour (the package is {rate})</source>
        <translation>በሰዓት {price} (የጥቅሉ ዋጋ {rate} ነው)</translation>
    </message>
    <message>
        <source>{price} per hour</source>
        <translation>በሰዓት {price}</translation>
    </message>
    <message>
        <source>{price} per hour (the package&apos;s rate)</source>
        <translation>በሰዓት {price} (የጥቅሉ ዋጋ)</translation>
    </message>
    <message>
        <source>Start whiteboard lesson</source>
        <translation>የነጭ ሰሌዳ ትምህርት ጀምር</translation>
    </message>
    <message>
        <source>Open a new board for a lesson with this student: it goes live to them</source>
        <translation>ከዚህ ተማሪ ጋር ለሚደረግ ትምህርት አዲስ ሰሌዳ ይክፈቱ፦ በቀጥታ ለተማሪው ይታያል</translation>
    </message>
    <message>
        <source>lessons completed</source>
        <translation>የተጠናቀቁ ትምህርቶች</translation>
    </message>
    <message>
        <source>lessons scheduled</source>
        <translation>የታቀዱ ትምህርቶች</translation>
    </message>
    <message>
        <source>hours booked</source>
        <translation>የተያዙ ሰዓቶች</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>መገኘት</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>አድራሻ</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>ወላጅ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>ስለ ተማሪው</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>መገለጫ</translation>
    </message>
    <message>
        <source>Lessons of this student</source>
        <translation>የዚህ ተማሪ ትምህርቶች</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>ትምህርቶች</translation>
    </message>
    <message>
        <source>Unknown student</source>
        <translation>ያልታወቀ ተማሪ</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>ዝርዝሩ በመጫን ላይ…</translation>
    </message>
    <message>
        <source>Details have not been downloaded yet. They load when you are online.</source>
        <translation>ዝርዝሩ ገና አልወረደም። በመስመር ላይ ሲሆኑ ይጫናል።</translation>
    </message>
    <message>
        <source>Details updated {when}</source>
        <translation>ዝርዝሩ የዘመነው፦ {when}</translation>
    </message>
    <message>
        <source>Details updated {when} · offline</source>
        <translation>ዝርዝሩ የዘመነው፦ {when} · ከመስመር ውጭ</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>ኮርሶች</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>ዋጋ</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>የጊዜ ሰሌዳ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>የተመዘገበበት</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ስልክ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ኢሜይል</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>ወላጅ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ስም</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>አካባቢ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ቋንቋዎች</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>ግብ</translation>
    </message>
    <message>
        <source>this student</source>
        <translation>ይህ ተማሪ</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>ለብቻ</translation>
    </message>
    <message>
        <source>Lessons of {name} since enrolling; a lesson shared with other students of the package is one row.</source>
        <translation>{name} ከተመዘገቡ ጀምሮ ያሉ ትምህርቶች፤ ከሌሎች የጥቅሉ ተማሪዎች ጋር የሚጋሩት ትምህርት አንድ ረድፍ ነው።</translation>
    </message>
    <message>
        <source>No lessons yet.</source>
        <translation>ገና ትምህርት የለም።</translation>
    </message>
    <message>
        <source>My Students</source>
        <translation>ተማሪዎቼ</translation>
    </message>
    <message>
        <source>Search name, grade or package</source>
        <translation>ስም፣ ክፍል ወይም ጥቅል ይፈልጉ</translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>ገና ተማሪ የለም</translation>
    </message>
    <message>
        <source>Students appear here when you accept their requests.</source>
        <translation>ጥያቄያቸውን ሲቀበሉ ተማሪዎች እዚህ ይታያሉ።</translation>
    </message>
    <message>
        <source>Select a student</source>
        <translation>ተማሪ ይምረጡ</translation>
    </message>
    <message>
        <source>See their package, progress and lessons.</source>
        <translation>ጥቅላቸውን፣ እድገታቸውንና ትምህርቶቻቸውን ይመልከቱ።</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>ተማሪዎችን ፈልግ</translation>
    </message>
    <message>
        <source>Enrolled students</source>
        <translation>የተመዘገቡ ተማሪዎች</translation>
    </message>
    <message>
        <source>Up and down choose a student; their profile and lessons show beside the list</source>
        <translation>ወደ ላይና ወደ ታች ቁልፎች ተማሪ ይመርጣሉ፤ መገለጫቸውና ትምህርቶቻቸው ከዝርዝሩ ጎን ይታያሉ</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n ተመዝግቧል</numerusform>
            <numerusform>%n ተመዝግበዋል</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Whiteboard</name>
    <message>
        <source>Pen (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighter (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser (E); the pen&apos;s eraser end works too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select: draw a lasso, drag to move, Delete to remove (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laser pointer (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has ended: its chat stays here to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, landscape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter, landscape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter, portrait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board size, no margins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">በሂደት ላይ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished">የታቀደ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">የተሰረዘ</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text font and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: in, out, or fit the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page background: plain, ruled, graph paper, a PDF worksheet or a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole board as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sees this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A board keeps at least one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{page}” and its {n} strokes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colour {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PDF worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which page (1–{n})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting “{title}” as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">ይቅር</translation>
    </message>
    <message>
        <source>Exporting PDF: page {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation type="unfinished">ነጭ ሰሌዳ</translation>
    </message>
    <message>
        <source>Prepare lessons here, even offline; teach them live to a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No board open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a board to prepare a lesson. Pen tablets work with pressure; the eraser end erases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished">ተማሪ</translation>
    </message>
    <message>
        <source>Student {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Astegni: open to download this lesson&apos;s canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” from this computer? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The lesson stays on the server (it has no delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the lesson with {name}? Live drawing and chat stop, and it cannot be restarted. The board stays on this computer to replay or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the student&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} called{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s live ink is full: {n} strokes not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} drew on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} picked the {tool} tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stroke on the server could not be read and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} strokes on the server could not be read and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>Clear the search</source>
        <translation>ፍለጋውን አጽዳ</translation>
    </message>
    <message>
        <source>Column titles</source>
        <translation>የዓምድ ርዕሶች</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>የረድፍ ቁጥሮች</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>ሁሉንም ምረጥ</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Student</source>
        <translation type="unfinished">ተማሪ</translation>
    </message>
    <message>
        <source>{title} (group of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It overlaps {title} ({start}–{end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is outside your availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps {title} ({start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the availability a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the times as hours and minutes, for example 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one date on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at most {n} dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how many minutes before the reminder should appear (1 to 10080).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Show all ({n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>This computer has no secure password storage (a keyring) that Astegni Desktop can use, so it cannot remember your sign-in. You can stay signed in until you close the app. To be remembered, install and unlock GNOME Keyring or KWallet (Linux); Windows and macOS provide one already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>{amount} ETB</source>
        <translation>{amount} ብር</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>አሁን</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>ከ{n} ደቂቃ በፊት</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>ከ1 ሰዓት በፊት</translation>
    </message>
    <message>
        <source>{n} hours ago</source>
        <translation>ከ{n} ሰዓት በፊት</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>ትናንት</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>ከ{n} ቀን በፊት</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished">የታቀደ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">በሂደት ላይ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">የተጠናቀቀ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">የተሰረዘ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished">ያመለጠ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">በመስመር ላይ</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator of a list: Amharic writes ፣</comment>
        <translation>፣ </translation>
    </message>
    <message>
        <source>On {dates} and {n} more</source>
        <translation>በ{dates} እና ሌሎች {n} ቀኖች</translation>
    </message>
    <message>
        <source>On {dates}</source>
        <translation>በ{dates}</translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>በየ{days}</translation>
    </message>
    <message>
        <source>In {months}</source>
        <translation>በ{months}</translation>
    </message>
    <message>
        <source>No schedule given</source>
        <translation>የጊዜ ሰሌዳ አልተሰጠም</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ተቀባይነት አግኝቷል</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ውድቅ ተደርጓል</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>በመቀበል ላይ…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>ውድቅ በማድረግ ላይ…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>በመላክ ላይ…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>አልተላከም</translation>
    </message>
    <message>
        <source>{status} · waiting to sync</source>
        <translation>{status} · ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>{status} · not sent</source>
        <translation>{status} · አልተላከም</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson {when}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} starts {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
