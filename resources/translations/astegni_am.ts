<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The video export stopped unexpectedly.</source>
        <translation>የቪዲዮው ማውጣት ሳይጠበቅ ቆመ።</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Local data</source>
        <translation>በዚህ ኮምፒውተር ያለው መረጃ</translation>
    </message>
    <message>
        <source>The local copy of your data was damaged, so it was set aside and is being downloaded again from Astegni.

The damaged file was kept as {file}.</source>
        <translation>በዚህ ኮምፒውተር ያለው የመረጃዎ ቅጂ ስለተበላሸ ወደ ጎን ተቀምጦ ከAstegni እንደገና በመውረድ ላይ ነው።

የተበላሸው ፋይል {file} በሚል ስም ተቀምጧል።</translation>
    </message>
    <message>
        <source>1 action waiting to sync was recovered and will still be sent.</source>
        <translation>ለመላክ ይጠብቅ የነበረ 1 ተግባር ተመልሷል፤ አሁንም ይላካል።</translation>
    </message>
    <message>
        <source>{n} actions waiting to sync were recovered and will still be sent.</source>
        <translation>ለመላክ ይጠብቁ የነበሩ {n} ተግባራት ተመልሰዋል፤ አሁንም ይላካሉ።</translation>
    </message>
    <message>
        <source>Actions that were waiting to sync could not be read from the damaged file. Please check your recent accept/reject decisions on Astegni.</source>
        <translation>ለመላክ ይጠብቁ የነበሩ ተግባራት ከተበላሸው ፋይል ሊነበቡ አልቻሉም። እባክዎ በቅርቡ የተቀበሏቸውንና ውድቅ ያደረጓቸውን ጥያቄዎች በAstegni ላይ ያረጋግጡ።</translation>
    </message>
    <message>
        <source>Local data repaired</source>
        <translation>በዚህ ኮምፒውተር ያለው መረጃ ተጠግኗል</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to keep syncing.</source>
        <translation>የመግቢያ ጊዜዎ አብቅቷል። ማመሳሰሉን ለመቀጠል እንደገና ይግቡ።</translation>
    </message>
    <message>
        <source>Astegni Desktop cannot start.

{error}</source>
        <translation>Astegni Desktop መጀመር አልቻለም።

{error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>ማስቀመጥ አልተቻለም</translation>
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
        <translation>አዲስ ክፍት ጊዜ</translation>
    </message>
    <message>
        <source>Edit availability</source>
        <translation>ክፍት ጊዜውን አስተካክል</translation>
    </message>
    <message>
        <source>Active: students can book it</source>
        <translation>ንቁ፦ ተማሪዎች ሊይዙት ይችላሉ</translation>
    </message>
    <message>
        <source>Draft: only you see it</source>
        <translation>ረቂቅ፦ የሚያዩት እርስዎ ብቻ ነዎት</translation>
    </message>
    <message>
        <source>These notes are {length} characters long: only the first {kept} are shown, and only those are kept if you save.</source>
        <translation>እነዚህ ማስታወሻዎች {length} ፊደላት ይረዝማሉ፦ የሚታዩት የመጀመሪያዎቹ {kept} ብቻ ናቸው፤ ካስቀመጡም የሚቀመጡት እነሱ ብቻ ናቸው።</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ሰዓት {minutes} ደቂቃ</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>ከመጀመሩ በፊት ያልቃል</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n መስመር</numerusform>
            <numerusform>%n መስመሮች</numerusform>
        </translation>
    </message>
    <message>
        <source>Shapes: hold the pen still at the end of a stroke</source>
        <translation>ቅርጾች፦ መስመሩ ሲያልቅ ብዕሩን ሳያንቀሳቅሱ ይያዙ</translation>
    </message>
    <message>
        <source>Ruler: drag it to move, its end to turn; the pen follows its edge</source>
        <translation>ማስመሪያ፦ ለማንቀሳቀስ ይጎትቱት፣ ለማዞር ጫፉን ይጎትቱ፤ ብዕሩ ጠርዙን ይከተላል</translation>
    </message>
    <message>
        <source>Set square: drag to move, a sharp corner to turn; the pen follows its edges</source>
        <translation>ሴት ስኩዌር (ሦስት ማዕዘን ማስመሪያ)፦ ለማንቀሳቀስ ይጎትቱት፣ ለማዞር ሹል ጥጉን ይጎትቱ፤ ብዕሩ ጠርዞቹን ይከተላል</translation>
    </message>
    <message>
        <source>Compass: drag a leg to open it, the pencil point round to draw an arc</source>
        <translation>ኮምፓስ፦ ለመክፈት እግሩን ይጎትቱ፣ ቅስት ለመሳል የእርሳሱን ጫፍ በመርፌው ዙሪያ ያዙሩ</translation>
    </message>
    <message>
        <source>Teaching: equation, plot, shapes, grid, ruler, protractor, set square, compass</source>
        <translation>የማስተማሪያ መሣሪያዎች፦ እኩልታ፣ ግራፍ፣ ቅርጾች፣ ፍርግርግ፣ ማስመሪያ፣ ፕሮትራክተር፣ ሴት ስኩዌር፣ ኮምፓስ</translation>
    </message>
    <message>
        <source>Protractor: reads the pen&apos;s angle; drag to move, its rim to turn</source>
        <translation>ፕሮትራክተር፦ የብዕሩን ማዕዘን ያነባል፤ ለማንቀሳቀስ ይጎትቱት፣ ለማዞር ጠርዙን ይጎትቱ</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>ከፍርግርጉ ጋር አሰልፍ</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>booked</source>
        <translation>ተይዟል</translation>
    </message>
    <message>
        <source>booked {spans}</source>
        <translation>ተይዟል {spans}</translation>
    </message>
    <message>
        <source> · draft</source>
        <translation> · ረቂቅ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>ትምህርት</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>ክፍት ጊዜ</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>Not sent: see Sync problems</source>
        <translation>አልተላከም፦ የማመሳሰል ችግሮችን ይመልከቱ</translation>
    </message>
    <message>
        <source>{kind}: {what}, {day}, {start} to {end}</source>
        <translation>{kind}፦ {what}፣ {day}፣ ከ{start} እስከ {end}</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} ተጨማሪ</translation>
    </message>
    <message>
        <source>{n} more at this time: click to open the day</source>
        <translation>በዚህ ሰዓት {n} ተጨማሪ፦ ቀኑን ለመክፈት ይጫኑ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>መቼ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ምን</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>  · today</source>
        <translation>  · ዛሬ</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>ክፍት</translation>
    </message>
    <message>
        <source> · waiting to sync</source>
        <translation> · ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source> · not sent</source>
        <translation> · አልተላከም</translation>
    </message>
    <message>
        <source>{kind}: {what}</source>
        <translation>{kind}፦ {what}</translation>
    </message>
    <message>
        <source>Nothing planned in these four weeks.</source>
        <translation>በእነዚህ አራት ሳምንታት ምንም የታቀደ ነገር የለም።</translation>
    </message>
</context>
<context>
    <name>Call</name>
    <message>
        <source>Your student</source>
        <translation>ተማሪዎ</translation>
    </message>
    <message>
        <source>Calling {name}…</source>
        <translation>{name}ን በመደወል ላይ…</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} እየደወሉ ነው</translation>
    </message>
    <message>
        <source>Connecting the call…</source>
        <translation>ጥሪውን በማገናኘት ላይ…</translation>
    </message>
    <message>
        <source>In a call with {name}</source>
        <translation>ከ{name} ጋር በጥሪ ላይ</translation>
    </message>
    <message>
        <source> (audio only)</source>
        <translation> (ድምፅ ብቻ)</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>ጥሪው አብቅቷል</translation>
    </message>
    <message>
        <source>loss {percent} %</source>
        <translation>የጠፋ {percent} %</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>the verb: call the student</comment>
        <translation>ደውል</translation>
    </message>
    <message>
        <source>Call the student of this lesson (voice and video, as on the Astegni website)</source>
        <translation>ለዚህ ትምህርት ተማሪ ይደውሉ (ድምፅና ቪዲዮ፣ በAstegni ድረ ገጽ እንዳለው)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>መልስ</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>አትቀበል</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>ድምፅ ዝጋ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ካሜራ</translation>
    </message>
    <message>
        <source>Show or hide your camera to the student</source>
        <translation>ካሜራዎን ለተማሪው ያሳዩ ወይም ይደብቁ</translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation>ድምፅ ብቻ</translation>
    </message>
    <message>
        <source>Call with voice only: for slow connections (takes effect on the next call)</source>
        <translation>በድምፅ ብቻ ይደውሉ፦ ለዝግተኛ ግንኙነት (ከሚቀጥለው ጥሪ ጀምሮ ይሠራል)</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>ዝጋ</translation>
    </message>
    <message>
        <source>Microphone, camera, speaker, network and bandwidth for calls</source>
        <translation>ለጥሪዎች ማይክሮፎን፣ ካሜራ፣ ድምፅ ማጉያ፣ አውታረ መረብና የፍጥነት ገደብ</translation>
    </message>
    <message>
        <source>Call settings</source>
        <translation>የጥሪ ቅንብሮች</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>ድምፅ ክፈት</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>ጥሪ</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>ለይተህ አሳይ</translation>
    </message>
    <message>
        <source>Float the video in its own window, or dock it back beside the board</source>
        <translation>ቪዲዮውን በራሱ መስኮት ያሳዩ፣ ወይም ከሰሌዳው አጠገብ ይመልሱት</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>መልስ</translation>
    </message>
    <message>
        <source>No picture from the student</source>
        <translation>ከተማሪው ምስል የለም</translation>
    </message>
    <message>
        <source>Your camera is off</source>
        <translation>ካሜራዎ ጠፍቷል</translation>
    </message>
    <message>
        <source>This camera cannot be opened: {error}</source>
        <translation>ይህ ካሜራ ሊከፈት አልቻለም፦ {error}</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <source>● Record</source>
        <translation>● ቅዳ</translation>
    </message>
    <message>
        <source>Record this lesson&apos;s voice and ink on this computer (the student is told)</source>
        <translation>የዚህን ትምህርት ድምፅና ጽሑፍ በዚህ ኮምፒውተር ላይ ቅዳ (ተማሪው ይነገረዋል)</translation>
    </message>
    <message>
        <source>Recordings…</source>
        <translation>ቅጂዎች…</translation>
    </message>
    <message>
        <source>Replay or export this lesson&apos;s recordings with voice</source>
        <translation>የዚህን ትምህርት ድምፅ ያላቸው ቅጂዎች መልሰህ አጫውት ወይም አውጣ</translation>
    </message>
    <message>
        <source>■ Stop recording</source>
        <translation>■ መቅዳት አቁም</translation>
    </message>
    <message>
        <source>● REC %1</source>
        <translation>● በመቅዳት ላይ %1</translation>
    </message>
    <message>
        <source>● %1 is recording</source>
        <translation>● %1 እየቀዳ ነው</translation>
    </message>
</context>
<context>
    <name>CallSettingsPage</name>
    <message>
        <source>No cap</source>
        <translation>ገደብ የለም</translation>
    </message>
    <message>
        <source>1 Mbit/s</source>
        <translation>1 ሜጋቢት/ሰ</translation>
    </message>
    <message>
        <source>300 kbit/s with video</source>
        <translation>300 ኪሎቢት/ሰ ከቪዲዮ ጋር</translation>
    </message>
    <message>
        <source>32 kbit/s, audio only</source>
        <translation>32 ኪሎቢት/ሰ፣ ድምፅ ብቻ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>የስርዓቱ ነባሪ</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>የሙከራ ምስል (ካሜራ የለም)</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>የማይክሮፎን ድምፅ መጠን</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>የሙከራ ድምፅ አጫውት</translation>
    </message>
    <message>
        <source>No camera picture</source>
        <translation>ከካሜራ ምስል የለም</translation>
    </message>
    <message>
        <source>STUN servers, comma separated (the Astegni website uses these three)</source>
        <translation>የSTUN አገልጋዮች፣ በኮማ ተለያይተው (የአስተግኒ ድረ ገጽ እነዚህን ሦስቱን ይጠቀማል)</translation>
    </message>
    <message>
        <source>turn:turn.example.org:3478 (only behind a strict firewall)</source>
        <translation>turn:turn.example.org:3478 (ጥብቅ ፋየርዎል ሲኖር ብቻ)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>በስርዓቱ የቁልፍ ማስቀመጫ ይጠበቃል</translation>
    </message>
    <message>
        <source>Call with voice only by default</source>
        <translation>በነባሪ በድምፅ ብቻ ደውል</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>ማይክሮፎን፦</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>የድምፅ መጠን፦</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>ድምፅ ማጉያ፦</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>ካሜራ፦</translation>
    </message>
    <message>
        <source>STUN:</source>
        <translation>STUN፦</translation>
    </message>
    <message>
        <source>TURN:</source>
        <translation>TURN፦</translation>
    </message>
    <message>
        <source>TURN user:</source>
        <translation>የTURN ተጠቃሚ፦</translation>
    </message>
    <message>
        <source>TURN password:</source>
        <translation>የTURN የይለፍ ቃል፦</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>የመተላለፊያ ይዘት፦</translation>
    </message>
    <message>
        <source>Speak: the bar moves with your voice.</source>
        <translation>ይናገሩ፦ አሞሌው ከድምፅዎ ጋር ይንቀሳቀሳል።</translation>
    </message>
    <message>
        <source>This microphone cannot be opened: the student would not hear you.</source>
        <translation>ይህ ማይክሮፎን ሊከፈት አልቻለም፦ ተማሪው አይሰማዎትም።</translation>
    </message>
    <message>
        <source>This camera cannot be opened.</source>
        <translation>ይህ ካሜራ ሊከፈት አልቻለም።</translation>
    </message>
    <message>
        <source>This speaker cannot be opened: you would not hear the student.</source>
        <translation>ይህ ድምፅ ማጉያ ሊከፈት አልቻለም፦ ተማሪውን አይሰሙም።</translation>
    </message>
    <message>
        <source>STUN and TURN servers look like stun:host:3478 or turn:host:3478</source>
        <translation>የSTUN እና TURN አገልጋዮች እንደ stun:host:3478 ወይም turn:host:3478 ይጻፋሉ</translation>
    </message>
    <message>
        <source>There is no system keyring to keep the TURN password in.</source>
        <translation>የTURN የይለፍ ቃሉን የሚያስቀምጥ የስርዓት የቁልፍ ማስቀመጫ የለም።</translation>
    </message>
</context>
<context>
    <name>CanvasTool</name>
    <message>
        <source>Erase</source>
        <translation>ማጥፋት</translation>
    </message>
    <message>
        <source>Erase area</source>
        <translation>ቦታውን ማጥፋት</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>መሳል</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>ቅርጽ</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ማንቀሳቀስ</translation>
    </message>
    <message>
        <source>Resize equation</source>
        <translation>የእኩልታውን መጠን መቀየር</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>መሰረዝ</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>መስመር መሳል</translation>
    </message>
    <message>
        <source>Draw rectangle</source>
        <translation>አራት ማዕዘን መሳል</translation>
    </message>
    <message>
        <source>Draw ellipse</source>
        <translation>ሞላላ መሳል</translation>
    </message>
    <message>
        <source>Draw arrow</source>
        <translation>ቀስት መሳል</translation>
    </message>
    <message>
        <source>Draw triangle</source>
        <translation>ሦስት ማዕዘን መሳል</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ጽሑፍ</translation>
    </message>
    <message>
        <source>Equation</source>
        <translation>እኩልታ</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>ግራፍ</translation>
    </message>
    <message>
        <source>{angle}°</source>
        <translation>{angle}°</translation>
    </message>
    <message>
        <source>Compass arc</source>
        <translation>የኮምፓስ ቅስት</translation>
    </message>
    <message>
        <source>r = {radius}</source>
        <translation>r = {radius}</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Type, then Enter</source>
        <translation>ይጻፉ፣ ከዚያ Enter ይጫኑ</translation>
    </message>
    <message>
        <source>{name}&apos;s screen ends here</source>
        <translation>የ{name} ማያ ገጽ እዚህ ያበቃል</translation>
    </message>
    <message>
        <source>Paste a picture</source>
        <translation>ምስል ይለጥፉ</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>ምስል መለጠፍ</translation>
    </message>
</context>
<context>
    <name>Equation</name>
    <message>
        <source>at character {n}: </source>
        <translation>በፊደል {n}፦ </translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>ስሌቶች</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>ግንኙነቶች</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>የግሪክ ፊደላት</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>ጂኦሜትሪ</translation>
    </message>
    <message>
        <source>Sets and logic</source>
        <translation>ስብስቦችና ሎጂክ</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>አወቃቀሮች</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>ክፍልፋይ</translation>
    </message>
    <message>
        <source>power</source>
        <translation>ኃይል (አርቢ)</translation>
    </message>
    <message>
        <source>subscript</source>
        <translation>ግርጌ ጽሑፍ</translation>
    </message>
    <message>
        <source>square root</source>
        <translation>ካሬ ሥር</translation>
    </message>
    <message>
        <source>n-th root</source>
        <translation>n-ኛ ሥር</translation>
    </message>
    <message>
        <source>brackets that grow</source>
        <translation>የሚያድጉ ቅንፎች</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>ድምር</translation>
    </message>
    <message>
        <source>integral</source>
        <translation>ኢንቴግራል</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>ወሰን (ሊሚት)</translation>
    </message>
    <message>
        <source>absolute value</source>
        <translation>ፍጹም ዋጋ</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>ከላይ መስመር</translation>
    </message>
    <message>
        <source>vector</source>
        <translation>ቬክተር</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>ማትሪክስ</translation>
    </message>
    <message>
        <source>plus or minus</source>
        <translation>ሲደመር ወይም ሲቀነስ</translation>
    </message>
    <message>
        <source>times</source>
        <translation>ሲባዛ</translation>
    </message>
    <message>
        <source>divided by</source>
        <translation>ሲካፈል</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>ነጥብ (ማባዣ)</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>ኢ-ውሱን</translation>
    </message>
    <message>
        <source>partial derivative</source>
        <translation>ከፊል ተዋጽኦ</translation>
    </message>
    <message>
        <source>nabla</source>
        <translation>ናብላ</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>እኩል ነው</translation>
    </message>
    <message>
        <source>not equal</source>
        <translation>እኩል አይደለም</translation>
    </message>
    <message>
        <source>approximately</source>
        <translation>በግምት እኩል</translation>
    </message>
    <message>
        <source>less than or equal</source>
        <translation>ያነሰ ወይም እኩል</translation>
    </message>
    <message>
        <source>greater than or equal</source>
        <translation>የበለጠ ወይም እኩል</translation>
    </message>
    <message>
        <source>proportional to</source>
        <translation>ተመጣጣኝ ነው</translation>
    </message>
    <message>
        <source>tends to</source>
        <translation>ይቀርባል</translation>
    </message>
    <message>
        <source>implies</source>
        <translation>ያስከትላል</translation>
    </message>
    <message>
        <source>if and only if</source>
        <translation>ከሆነና ከሆነ ብቻ</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>ዲግሪ</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>ማዕዘን</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>ሦስት ማዕዘን</translation>
    </message>
    <message>
        <source>perpendicular</source>
        <translation>ቀጥ ያለ (ቋሚ)</translation>
    </message>
    <message>
        <source>parallel</source>
        <translation>ትይዩ</translation>
    </message>
    <message>
        <source>congruent</source>
        <translation>ተመሳሳይ ቅርጽና መጠን</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>ተመሳሳይ</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>የመስመር ክፍል</translation>
    </message>
    <message>
        <source>element of</source>
        <translation>አባል ነው</translation>
    </message>
    <message>
        <source>not an element of</source>
        <translation>አባል አይደለም</translation>
    </message>
    <message>
        <source>subset</source>
        <translation>ንዑስ ስብስብ</translation>
    </message>
    <message>
        <source>union</source>
        <translation>ውሕደት</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>መገናኛ</translation>
    </message>
    <message>
        <source>empty set</source>
        <translation>ባዶ ስብስብ</translation>
    </message>
    <message>
        <source>real numbers</source>
        <translation>እውነተኛ ቁጥሮች</translation>
    </message>
    <message>
        <source>for all</source>
        <translation>ለሁሉም</translation>
    </message>
    <message>
        <source>there exists</source>
        <translation>አለ</translation>
    </message>
    <message>
        <source>type an equation, for example x^2 + y^2 = r^2</source>
        <translation>እኩልታ ይጻፉ፤ ለምሳሌ x^2 + y^2 = r^2</translation>
    </message>
    <message>
        <source>the equation is too long (at most {n} characters)</source>
        <translation>እኩልታው በጣም ረጅም ነው (ቢበዛ {n} ፊደላት)</translation>
    </message>
    <message>
        <source>a command name is missing after \</source>
        <translation>ከ\ በኋላ የትእዛዝ ስም ይጎድላል</translation>
    </message>
    <message>
        <source>unknown command {name}</source>
        <translation>የማይታወቅ ትእዛዝ {name}</translation>
    </message>
    <message>
        <source>this &apos;}&apos; closes nothing</source>
        <translation>ይህ &apos;}&apos; ምንም አይዘጋም</translation>
    </message>
    <message>
        <source>&apos;{char}&apos; needs something after it</source>
        <translation>&apos;{char}&apos; ከኋላው አንድ ነገር ያስፈልገዋል</translation>
    </message>
    <message>
        <source>this &apos;{&apos; is never closed</source>
        <translation>ይህ &apos;{&apos; አልተዘጋም</translation>
    </message>
    <message>
        <source>every \left needs a \right</source>
        <translation>እያንዳንዱ \left \right ያስፈልገዋል</translation>
    </message>
    <message>
        <source>every \begin{…} needs its \end{…}</source>
        <translation>እያንዳንዱ \begin{…} የራሱን \end{…} ያስፈልገዋል</translation>
    </message>
    <message>
        <source>the typeset equation could not be read</source>
        <translation>የተቀረጸው እኩልታ ሊነበብ አልቻለም</translation>
    </message>
    <message>
        <source>&apos;^&apos; or &apos;_&apos; needs something after it</source>
        <translation>&apos;^&apos; ወይም &apos;_&apos; ከኋላው አንድ ነገር ያስፈልገዋል</translation>
    </message>
    <message>
        <source>something is missing: a command needs its {…} part</source>
        <translation>አንድ ነገር ይጎድላል፦ ትእዛዙ የ{…} ክፍሉን ያስፈልገዋል</translation>
    </message>
    <message>
        <source>two subscripts in a row: use braces, x_{ab}</source>
        <translation>ሁለት ግርጌ ጽሑፎች በተከታታይ፦ ቅንፍ ይጠቀሙ፣ x_{ab}</translation>
    </message>
    <message>
        <source>two powers in a row: use braces, x^{ab}</source>
        <translation>ሁለት አርቢዎች በተከታታይ፦ ቅንፍ ይጠቀሙ፣ x^{ab}</translation>
    </message>
    <message>
        <source>a fraction needs a numerator</source>
        <translation>ክፍልፋይ አካፋይ ያስፈልገዋል</translation>
    </message>
    <message>
        <source>a fraction needs a denominator</source>
        <translation>ክፍልፋይ ተካፋይ ያስፈልገዋል</translation>
    </message>
    <message>
        <source>this LaTeX cannot be typeset</source>
        <translation>ይህ LaTeX ሊቀረጽ አይችልም</translation>
    </message>
    <message>
        <source>the size must be between {lo} and {hi}</source>
        <translation>መጠኑ ከ{lo} እስከ {hi} መሆን አለበት</translation>
    </message>
    <message>
        <source>the equation shows nothing</source>
        <translation>እኩልታው ምንም አያሳይም</translation>
    </message>
</context>
<context>
    <name>EquationEditor</name>
    <message>
        <source>LaTeX, e.g. x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}; Enter</source>
        <translation>LaTeX፣ ለምሳሌ x = \frac{-b \pm \sqrt{b^2-4ac}}{2a}፤ Enter</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>ምልክቶች</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>አንድ ችግር ተፈጥሯል</translation>
    </message>
    <message>
        <source>The app keeps running. Details are also in the log folder:
{folder}
Nothing has been sent anywhere: copy the details to share them with whoever helps you.</source>
        <translation>መተግበሪያው መሥራቱን ይቀጥላል። ዝርዝሩ በመዝገብ ፋይሎች አቃፊም ውስጥ አለ፦
{folder}
ምንም ነገር ወደየትም አልተላከም፦ ለሚረዳዎት ሰው ለማጋራት ዝርዝሩን ይቅዱ።</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>ዝርዝሩን ቅዳ</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>የመዝገብ ፋይሎችን አቃፊ ክፈት</translation>
    </message>
    <message>
        <source>Astegni Desktop ran into an unexpected error.</source>
        <translation>Astegni Desktop ያልተጠበቀ ስህተት አጋጥሞታል።</translation>
    </message>
    <message>
        <source>Astegni Desktop ran into {n} unexpected errors.</source>
        <translation>Astegni Desktop {n} ያልተጠበቁ ስህተቶች አጋጥመውታል።</translation>
    </message>
    <message>
        <source>The latest: {what}</source>
        <translation>የመጨረሻው፦ {what}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>ተቀድቷል</translation>
    </message>
    <message>
        <source>Astegni Desktop closed unexpectedly</source>
        <translation>Astegni Desktop ሳይጠበቅ ተዘግቷል</translation>
    </message>
    <message>
        <source>The last time, Astegni Desktop stopped unexpectedly. The report is kept in {report}.</source>
        <translation>ባለፈው ጊዜ Astegni Desktop ሳይጠበቅ ቆሟል። ሪፖርቱ በ{report} ተቀምጧል።</translation>
    </message>
    <message>
        <source>Astegni Desktop closed unexpectedly the last time it ran.</source>
        <translation>Astegni Desktop ባለፈው ሲሠራ ሳይጠበቅ ተዘግቷል።</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>● Live</source>
        <translation>● በቀጥታ</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● በመገናኘት ላይ…</translation>
    </message>
    <message>
        <source>● Not live</source>
        <translation>● በቀጥታ አይደለም</translation>
    </message>
    <message>
        <source>The page your student&apos;s browser shows (their ink and yours land there)</source>
        <translation>የተማሪዎ አሳሽ የሚያሳየው ገጽ (የእሱም የእርስዎም ቀለም እዚያ ያርፋል)</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>ፍቀድ</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>ከልክል</translation>
    </message>
    <message>
        <source>Your student&apos;s view: what their browser shows of the page (the shaded part is off their screen). Choose the size of their browser, or hide the guide</source>
        <translation>የተማሪዎ እይታ፦ አሳሹ ከገጹ የሚያሳየው (የጠቆረው ክፍል ከማያቸው ውጭ ነው)። የአሳሻቸውን መጠን ይምረጡ፣ ወይም መመሪያውን ይደብቁ</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>የራስ መጠን…</translation>
    </message>
    <message>
        <source>Hide the guide</source>
        <translation>መመሪያውን ደብቅ</translation>
    </message>
    <message>
        <source>Fit to the student&apos;s view: move the selection (or the whole page) into what your student sees, smaller if it does not fit</source>
        <translation>በተማሪው እይታ ልክ አድርግ፦ የተመረጠውን (ወይም ገጹን በሙሉ) ተማሪዎ ወደሚያየው ቦታ ያንቀሳቅሱ፤ ካልበቃ ያንሳል</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>እንደገና ሞክር</translation>
    </message>
    <message>
        <source>Start lesson…</source>
        <translation>ትምህርት ጀምር…</translation>
    </message>
    <message>
        <source>Teach this board to a student: it is uploaded, then every stroke goes live</source>
        <translation>ይህን ሰሌዳ ለተማሪ ያስተምሩ፦ ይጫናል፣ ከዚያ እያንዳንዱ መስመር በቀጥታ ይደርሳል</translation>
    </message>
    <message>
        <source>Let student draw</source>
        <translation>ተማሪው እንዲስል ፍቀድ</translation>
    </message>
    <message>
        <source>Allow or stop the student drawing, writing and erasing on this board</source>
        <translation>ተማሪው በዚህ ሰሌዳ ላይ እንዲስል፣ እንዲጽፍና እንዲያጠፋ ይፍቀዱ ወይም ያስቁሙ</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>ውይይት</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>እንደገና አጫውት</translation>
    </message>
    <message>
        <source>Play this board back stroke by stroke</source>
        <translation>ይህን ሰሌዳ መስመር በመስመር መልሰው ያጫውቱ</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>ትምህርቱን ጨርስ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>ተማሪ</translation>
    </message>
    <message>
        <source>Lesson with {name}</source>
        <translation>ከ{name} ጋር ትምህርት</translation>
    </message>
    <message>
        <source>✓ Student can draw</source>
        <translation>✓ ተማሪው መሳል ይችላል</translation>
    </message>
    <message>
        <source>{name}&apos;s screen</source>
        <translation>የ{name} ማያ</translation>
    </message>
    <message>
        <source>{screen}: no guide</source>
        <translation>{screen}፦ መመሪያ የለም</translation>
    </message>
    <message>
        <source>Fit to {screen}</source>
        <translation>በ{screen} ልክ አድርግ</translation>
    </message>
    <message>
        <source>Canvas size in the browser (width × height):</source>
        <translation>በአሳሹ ውስጥ የሰሌዳው መጠን (ስፋት × ቁመት)፦</translation>
    </message>
    <message>
        <source>Student&apos;s view</source>
        <translation>የተማሪው እይታ</translation>
    </message>
    <message>
        <source>⚠ Partly off {name}&apos;s screen</source>
        <translation>⚠ በከፊል ከ{name} ማያ ውጭ ነው</translation>
    </message>
    <message>
        <source>· {name} sees {page}</source>
        <translation>· {name} {page}ን ያያሉ</translation>
    </message>
    <message>
        <source>{name} asks to draw</source>
        <translation>{name} ለመሳል ፈቃድ ይጠይቃሉ</translation>
    </message>
    <message>
        <source>· lesson with {name}</source>
        <translation>· ከ{name} ጋር ትምህርት</translation>
    </message>
    <message>
        <source>· lesson preparation</source>
        <translation>· የትምህርት ዝግጅት</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>አብቅቷል</translation>
    </message>
    <message>
        <source>{pages}: kept on this computer only (this server does not accept new pages; {n} strokes wait for it)</source>
        <translation>{pages}፦ በዚህ ኮምፒውተር ብቻ ተቀምጧል (ይህ አገልጋይ አዲስ ገጽ አይቀበልም፤ {n} መስመሮች ይጠብቃሉ)</translation>
    </message>
    <message>
        <source>{n} erased stroke(s) stay on the server (it cannot delete strokes); they stay erased here</source>
        <translation>የጠፉ {n} መስመሮች በአገልጋዩ ላይ ይቆያሉ (መስመር መሰረዝ አይችልም)፤ እዚህ ግን እንደጠፉ ይቆያሉ</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>ትምህርት ጀምር</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>ተማሪ፦</translation>
    </message>
    <message>
        <source>Lesson title:</source>
        <translation>የትምህርቱ ርዕስ፦</translation>
    </message>
    <message>
        <source>The board&apos;s pages and strokes are uploaded in drawing order, then everything you draw reaches your student live. Offline, it all waits and goes out when you are back online.</source>
        <translation>የሰሌዳው ገጾችና መስመሮች በተሳሉበት ቅደም ተከተል ይጫናሉ፤ ከዚያ የሚስሉት ሁሉ በቀጥታ ለተማሪዎ ይደርሳል። ከመስመር ውጭ ሲሆኑ ሁሉም ይጠብቃል፤ መስመር ላይ ሲመለሱ ይላካል።</translation>
    </message>
    <message>
        <source>Fit this page into what the student&apos;s browser shows ({size}): some ink is beyond it</source>
        <translation>ይህን ገጽ የተማሪው አሳሽ በሚያሳየው ልክ አድርግ ({size})፦ የተወሰነ ጽሑፍ ከዚያ ውጭ ነው</translation>
    </message>
    <message>
        <source>Fit these {n} pages into what the student&apos;s browser shows ({size}): some ink is beyond it</source>
        <translation>እነዚህን {n} ገጾች የተማሪው አሳሽ በሚያሳየው ልክ አድርግ ({size})፦ የተወሰነ ጽሑፍ ከዚያ ውጭ ነው</translation>
    </message>
    <message>
        <source>You have no students yet: accept a request first.</source>
        <translation>ገና ተማሪ የለዎትም፦ መጀመሪያ ጥያቄ ይቀበሉ።</translation>
    </message>
    <message>
        <source>Lesson chat</source>
        <translation>የትምህርቱ ውይይት</translation>
    </message>
    <message>
        <source>Hide the chat (the Chat button brings it back)</source>
        <translation>ውይይቱን ደብቅ («ውይይት» አዝራሩ ይመልሰዋል)</translation>
    </message>
    <message>
        <source>Hide the chat</source>
        <translation>ውይይቱን ደብቅ</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>መልዕክት…</translation>
    </message>
    <message>
        <source>Message your student</source>
        <translation>ለተማሪዎ መልዕክት ይጻፉ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ላክ</translation>
    </message>
    <message>
        <source>Chat closed</source>
        <translation>ውይይቱ ተዘግቷል</translation>
    </message>
    <message>
        <source>Chat is unavailable on this server (it answers 403). Use the chat on the Astegni website.</source>
        <translation>በዚህ አገልጋይ ላይ ውይይት የለም (403 ይመልሳል)። በAstegni ድረ ገጽ ያለውን ውይይት ይጠቀሙ።</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>አልተሳካም</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>በመላክ ላይ…</translation>
    </message>
    <message>
        <source>You: {text}  ({state})</source>
        <translation>እርስዎ፦ {text}  ({state})</translation>
    </message>
    <message>
        <source>Replay: {title}</source>
        <translation>እንደገና ማጫወት፦ {title}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>አጫውት</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export what the replay shows now as PDF</source>
        <translation>ማጫወቻው አሁን የሚያሳየውን እንደ PDF አስቀምጥ</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>ፍጥነት፦</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ለአፍታ አቁም</translation>
    </message>
    <message>
        <source>Stroke {n} of {total} · page {page}</source>
        <translation>መስመር {n} ከ{total} · ገጽ {page}</translation>
    </message>
    <message>
        <source>Export replay</source>
        <translation>ማጫወቻውን አስቀምጥ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>On this computer only (lesson preparation)</source>
        <translation>በዚህ ኮምፒውተር ብቻ (የትምህርት ዝግጅት)</translation>
    </message>
    <message>
        <source>1 change failed</source>
        <translation>1 ለውጥ አልተሳካም</translation>
    </message>
    <message>
        <source>{n} changes failed</source>
        <translation>{n} ለውጦች አልተሳኩም</translation>
    </message>
    <message>
        <source>Waiting to start the lesson on the server · {n} to upload</source>
        <translation>ትምህርቱ በአገልጋዩ ላይ እስኪጀመር በመጠባበቅ ላይ · {n} የሚጫኑ</translation>
    </message>
    <message>
        <source>1 stroke waiting to sync</source>
        <translation>1 መስመር ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>{n} strokes waiting to sync</source>
        <translation>{n} መስመሮች ለመላክ በመጠባበቅ ላይ</translation>
    </message>
    <message>
        <source>All synced</source>
        <translation>ሁሉም ተመሳስሏል</translation>
    </message>
    <message>
        <source>Could not open this lesson: {error}</source>
        <translation>ይህ ትምህርት ሊከፈት አልቻለም፦ {error}</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Bring here</source>
        <translation>ወደዚህ አምጣ</translation>
    </message>
    <message>
        <source>Your student is on another page: show them the page you are on</source>
        <translation>ተማሪዎ ሌላ ገጽ ላይ ነው፤ እርስዎ ያሉበትን ገጽ ያሳዩአቸው</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Edit lesson</source>
        <translation>ትምህርቱን አስተካክል</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>አዲስ ትምህርት</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>ኮርስ(&amp;C)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>ኮርስ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <source>to</source>
        <translation>እስከ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ሰዓት</translation>
    </message>
    <message>
        <source>Separate topics with commas</source>
        <translation>ርዕሶቹን በኮማ ይለዩ</translation>
    </message>
    <message>
        <source>One topic per line</source>
        <translation>በአንድ መስመር አንድ ርዕስ</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ሁኔታ(&amp;S)</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>አስጠኚ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>ተማሪ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>መገኘት</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>ርዕሶች(&amp;O)</translation>
    </message>
    <message>
        <source>Topics co&amp;vered</source>
        <translation>የተሸፈኑ ርዕሶች(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>አይነት(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>ቦታ(&amp;L)</translation>
    </message>
    <message>
        <source>The lesson must end after it starts.</source>
        <translation>ትምህርቱ ከጀመረ በኋላ ማለቅ አለበት።</translation>
    </message>
    <message>
        <source>There is no enrolled course to add a lesson to yet: accept a request first.</source>
        <translation>ትምህርት የሚጨመርበት የተመዘገበ ኮርስ ገና የለም፦ መጀመሪያ ጥያቄ ይቀበሉ።</translation>
    </message>
    <message>
        <source>Scheduling conflict</source>
        <translation>የጊዜ መደራረብ</translation>
    </message>
    <message>
        <source>This lesson clashes with your calendar:

• {problems}

Save it anyway?</source>
        <translation>ይህ ትምህርት ከጊዜ ሰሌዳዎ ጋር ይጋጫል፦

• {problems}

ቢሆንም ይቀመጥ?</translation>
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
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n ትምህርት</numerusform>
            <numerusform>%n ትምህርቶች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n availability block(s)</source>
        <translation>
            <numerusform>%n ክፍት ጊዜ</numerusform>
            <numerusform>%n ክፍት ጊዜዎች</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastedImage</name>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>ክሊፕቦርዱ ላይ ምስል የለም።</translation>
    </message>
    <message>
        <source>This picture is larger than %1 MB: scale it down and paste it again.</source>
        <translation>ይህ ምስል ከ%1 ሜባ ይበልጣል፤ አሳንሰው እንደገና ይለጥፉት።</translation>
    </message>
    <message>
        <source>This is not a picture Astegni Desktop can open (PNG, JPEG, BMP or GIF).</source>
        <translation>ይህ Astegni Desktop ሊከፍተው የሚችል ምስል አይደለም (PNG፣ JPEG፣ BMP ወይም GIF)።</translation>
    </message>
    <message>
        <source>This picture does not say how large it is, so it cannot be opened safely.</source>
        <translation>ይህ ምስል መጠኑን አይገልጽም፤ ስለዚህ በደህና ሊከፈት አይችልም።</translation>
    </message>
    <message>
        <source>This picture is %1 × %2 pixels, more than %3 megapixels: scale it down and paste it again.</source>
        <translation>ይህ ምስል %1 × %2 ፒክሰል ነው፤ ከ%3 ሜጋፒክሰል ይበልጣል። አሳንሰው እንደገና ይለጥፉት።</translation>
    </message>
    <message>
        <source>This picture could not be read: it may be damaged or incomplete.</source>
        <translation>ይህ ምስል ሊነበብ አልቻለም፤ የተበላሸ ወይም ያልተሟላ ሊሆን ይችላል።</translation>
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
    <name>Plot</name>
    <message>
        <source>line {line}, column {column}</source>
        <translation>መስመር {line}፣ ዓምድ {column}</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a number</source>
        <translation>&apos;{number}&apos; ቁጥር አይደለም</translation>
    </message>
    <message>
        <source>unknown name &apos;{name}&apos; (use x, pi, e, sin, cos, tan, sqrt, abs, log, ln, exp)</source>
        <translation>የማይታወቅ ስም &apos;{name}&apos; (x፣ pi፣ e፣ sin፣ cos፣ tan፣ sqrt፣ abs፣ log፣ ln፣ exp ይጠቀሙ)</translation>
    </message>
    <message>
        <source>unexpected character &apos;{char}&apos;</source>
        <translation>ያልተጠበቀ ምልክት &apos;{char}&apos;</translation>
    </message>
    <message>
        <source>the formula ends too early</source>
        <translation>ቀመሩ ቶሎ አለቀ</translation>
    </message>
    <message>
        <source>unexpected &apos;{token}&apos;</source>
        <translation>ያልተጠበቀ &apos;{token}&apos;</translation>
    </message>
    <message>
        <source>a &apos;{op}&apos; is missing here</source>
        <translation>እዚህ &apos;{op}&apos; ይጎድላል</translation>
    </message>
    <message>
        <source>the formula is nested too deeply</source>
        <translation>ቀመሩ በጣም ብዙ የተደራረቡ ቅንፎች አሉት</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; needs a value, like {name}(x)</source>
        <translation>&apos;{name}&apos; እሴት ያስፈልገዋል፤ ለምሳሌ {name}(x)</translation>
    </message>
    <message>
        <source>write the function as y = … (only one &apos;=&apos;)</source>
        <translation>ፋንክሽኑን y = … ብለው ይጻፉ (አንድ &apos;=&apos; ብቻ)</translation>
    </message>
    <message>
        <source>the text is too long (at most {n} characters)</source>
        <translation>ጽሑፉ በጣም ረጅም ነው (ቢበዛ {n} ፊደላት)</translation>
    </message>
    <message>
        <source>the formula is empty</source>
        <translation>ቀመሩ ባዶ ነው</translation>
    </message>
    <message>
        <source>at most {n} functions at once</source>
        <translation>በአንድ ጊዜ ቢበዛ {n} ፋንክሽኖች</translation>
    </message>
    <message>
        <source>type a function, for example y = x^2 - 5x + 6</source>
        <translation>ፋንክሽን ይጻፉ፤ ለምሳሌ y = x^2 - 5x + 6</translation>
    </message>
    <message>
        <source>the plot area is too small</source>
        <translation>የግራፉ ቦታ በጣም ትንሽ ነው</translation>
    </message>
    <message>
        <source>the x range must go from a smaller to a larger number</source>
        <translation>የx ክልል ከትንሽ ቁጥር ወደ ትልቅ ቁጥር መሄድ አለበት</translation>
    </message>
    <message>
        <source>the y range must go from a smaller to a larger number</source>
        <translation>የy ክልል ከትንሽ ቁጥር ወደ ትልቅ ቁጥር መሄድ አለበት</translation>
    </message>
</context>
<context>
    <name>PlotEditor</name>
    <message>
        <source>y = x^2 - 5x + 6; y = sin x … then Enter</source>
        <translation>y = x^2 - 5x + 6; y = sin x … ከዚያ Enter</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>request {id}</source>
        <translation>ጥያቄ {id}</translation>
    </message>
    <message>
        <source>Accept {name}&apos;s request</source>
        <translation>የ{name}ን ጥያቄ ተቀበል</translation>
    </message>
    <message>
        <source>Reject {name}&apos;s request</source>
        <translation>የ{name}ን ጥያቄ ውድቅ አድርግ</translation>
    </message>
    <message>
        <source>an accepted request</source>
        <translation>ተቀባይነት ያገኘ ጥያቄ</translation>
    </message>
    <message>
        <source>Add the lessons Astegni left out for {name}</source>
        <translation>Astegni ለ{name} የዘለላቸውን ትምህርቶች ጨምር</translation>
    </message>
    <message>
        <source>an availability block</source>
        <translation>አንድ ክፍት ጊዜ</translation>
    </message>
    <message>
        <source>Create availability {title}</source>
        <translation>ክፍት ጊዜ {title} ፍጠር</translation>
    </message>
    <message>
        <source>Save changes to availability {title}</source>
        <translation>በክፍት ጊዜ {title} ላይ የተደረጉ ለውጦችን አስቀምጥ</translation>
    </message>
    <message>
        <source>Delete availability {title}</source>
        <translation>ክፍት ጊዜ {title} ሰርዝ</translation>
    </message>
    <message>
        <source>the lesson with {name} on {day}</source>
        <translation>በ{day} ከ{name} ጋር ያለው ትምህርት</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>አንድ ተማሪ</translation>
    </message>
    <message>
        <source>a lesson</source>
        <translation>አንድ ትምህርት</translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation>{what} ፍጠር</translation>
    </message>
    <message>
        <source>Update {what}</source>
        <translation>{what} አዘምን</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} ሰርዝ</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>{what} ቀይር</translation>
    </message>
    <message>
        <source>Start the lesson</source>
        <translation>ትምህርቱን ጀምር</translation>
    </message>
    <message>
        <source>Add the page</source>
        <translation>ገጹን ጨምር</translation>
    </message>
    <message>
        <source>Send a stroke</source>
        <translation>መስመር ላክ</translation>
    </message>
    <message>
        <source>Send a chat message</source>
        <translation>የውይይት መልዕክት ላክ</translation>
    </message>
    <message>
        <source>Change what the student may do</source>
        <translation>ተማሪው የሚፈቀድለትን ቀይር</translation>
    </message>
    <message>
        <source>End the lesson</source>
        <translation>ትምህርቱን ጨርስ</translation>
    </message>
    <message>
        <source>The app tries again now.</source>
        <translation>መተግበሪያው አሁን እንደገና ይሞክራል።</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 ደቂቃ</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} ደቂቃዎች</translation>
    </message>
    <message>
        <source>The app tries again in about {span}, and when you sync.</source>
        <translation>መተግበሪያው በግምት ከ{span} በኋላ እና ሲያመሳስሉ እንደገና ይሞክራል።</translation>
    </message>
    <message>
        <source>1 stroke</source>
        <translation>1 መስመር</translation>
    </message>
    <message>
        <source>{n} strokes</source>
        <translation>{n} መስመሮች</translation>
    </message>
    <message>
        <source>1 other change</source>
        <translation>1 ሌላ ለውጥ</translation>
    </message>
    <message>
        <source>{n} other changes</source>
        <translation>{n} ሌሎች ለውጦች</translation>
    </message>
    <message>
        <source>{action}: refused by this server for now.</source>
        <translation>{action}፦ ይህ አገልጋይ ለጊዜው አልተቀበለውም።</translation>
    </message>
    <message>
        <source> and </source>
        <translation> እና </translation>
    </message>
    <message>
        <source>{things} waits with it.</source>
        <translation>{things} አብሮ ይጠብቃል።</translation>
    </message>
    <message>
        <source>{things} wait with it.</source>
        <translation>{things} አብረው ይጠብቃሉ።</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>የማመሳሰል ችግሮች</translation>
    </message>
    <message>
        <source>These actions were kept on this computer because the server refused them. Retry sends one again; Undo drops it and restores what the server has.</source>
        <translation>እነዚህ ተግባራት አገልጋዩ ስላልተቀበላቸው በዚህ ኮምፒውተር ተቀምጠዋል። «እንደገና ሞክር» አንዱን እንደገና ይልካል፤ «ቀልብስ» ትቶት አገልጋዩ ያለውን ይመልሳል።</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>እንደገና ሞክር(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ቀልብስ(&amp;U)</translation>
    </message>
    <message>
        <source>Kept on this computer for now: this server refuses these, so they wait here (nothing is lost, nothing to do)</source>
        <translation>ለጊዜው በዚህ ኮምፒውተር የተቀመጡ፦ ይህ አገልጋይ ስለማይቀበላቸው እዚህ ይጠብቃሉ (ምንም አልጠፋም፣ የሚደረግ ነገር የለም)</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>የቅርብ ጊዜ መልዕክቶች</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ውድቅ ሆኗል</translation>
    </message>
    <message>
        <source>Nothing was refused for good: everything else has reached Astegni or is waiting to.</source>
        <translation>ለዘለቄታው ውድቅ የሆነ ነገር የለም፦ ሌላው ሁሉ Astegni ደርሷል ወይም ለመድረስ እየጠበቀ ነው።</translation>
    </message>
    <message>
        <source>Nothing is stuck. Everything you did has reached Astegni or is waiting to.</source>
        <translation>የተቆለፈ ነገር የለም። ያደረጉት ሁሉ Astegni ደርሷል ወይም ለመድረስ እየጠበቀ ነው።</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>ምንም ስህተት የለም።</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>እሺ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>አስቀምጥ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ይቅር(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ዝጋ(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ሳታስቀምጥ ዝጋ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ዝርዝሩን አሳይ…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ዝርዝሩን ደብቅ…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>እሺ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>አስቀምጥ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ሁሉንም አስቀምጥ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ክፈት</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>አዎ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ለሁሉም አዎ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>አይ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ለሁሉም አይ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>አቋርጥ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>እንደገና ሞክር</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ችላ በል</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዝጋ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>አታስቀምጥ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>እገዛ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ተግብር</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ዳግም አስጀምር</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ነባሪዎቹን መልስ</translation>
    </message>
</context>
<context>
    <name>RecordingService</name>
    <message>
        <source>The recording could not start: %1</source>
        <translation>መቅዳቱ መጀመር አልቻለም፦ %1</translation>
    </message>
</context>
<context>
    <name>RecordingsDialog</name>
    <message>
        <source>Recordings with voice</source>
        <translation>ድምፅ ያላቸው ቅጂዎች</translation>
    </message>
    <message>
        <source> · recovered after a crash</source>
        <translation> · ከብልሽት በኋላ የተመለሰ</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>መልሰህ አጫውት</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ዝጋ</translation>
    </message>
    <message>
        <source>Ink only…</source>
        <translation>ጽሑፉ ብቻ…</translation>
    </message>
    <message>
        <source>Play the whole board back stroke by stroke, without voice</source>
        <translation>ሰሌዳውን በሙሉ መስመር በመስመር ያለ ድምፅ መልሰህ አጫውት</translation>
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
    <name>ReplayWindow</name>
    <message>
        <source>Recording: %1</source>
        <translation>ቅጂ፦ %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>አጫውት</translation>
    </message>
    <message>
        <source>Export video…</source>
        <translation>ቪዲዮ አውጣ…</translation>
    </message>
    <message>
        <source>Loading the voice…</source>
        <translation>ድምፁ እየተጫነ ነው…</translation>
    </message>
    <message>
        <source>Recovered after the app closed unexpectedly.</source>
        <translation>መተግበሪያው ሳይጠበቅ ከተዘጋ በኋላ የተመለሰ።</translation>
    </message>
    <message>
        <source>No speaker found: the ink replays without sound.</source>
        <translation>ድምፅ ማጉያ አልተገኘም፦ ጽሑፉ ያለ ድምፅ ይጫወታል።</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ለአፍታ አቁም</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>ቪዲዮ አውጣ</translation>
    </message>
    <message>
        <source>This installation cannot write video files.</source>
        <translation>ይህ ጭነት የቪዲዮ ፋይሎችን መጻፍ አይችልም።</translation>
    </message>
    <message>
        <source>Rendering the video…</source>
        <translation>ቪዲዮው እየተሠራ ነው…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Rendering the video… %1 of %2</source>
        <translation>ቪዲዮው እየተሠራ ነው… %1 ከ%2</translation>
    </message>
    <message>
        <source>Video written: %1</source>
        <translation>ቪዲዮው ተጽፏል፦ %1</translation>
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
    <message>
        <source>Opened</source>
        <translation>የተከፈተ</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <source>Available</source>
        <translation>ክፍት</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>የተያዘ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>ትምህርት</translation>
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
        <source>Conflict</source>
        <translation>መደራረብ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ወር</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>ሳምንት</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ቀን</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ዝርዝር</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ግሪጎሪያን</translation>
    </message>
    <message>
        <source>Ethiopian (ዓ.ም.)</source>
        <translation>ኢትዮጵያ (ዓ.ም.)</translation>
    </message>
    <message>
        <source>Both calendars</source>
        <translation>ሁለቱም አቆጣጠሮች</translation>
    </message>
    <message>
        <source>Arrows move the day; Enter opens it</source>
        <translation>የቀስት ቁልፎች ቀኑን ያንቀሳቅሳሉ፤ Enter ቀኑን ይከፍታል</translation>
    </message>
    <message>
        <source>Left and right move the day, up and down its lessons and availability; Enter opens one</source>
        <translation>ግራና ቀኝ ቀኑን፣ ላይና ታች የቀኑን ትምህርቶችና ክፍት ጊዜዎች ያንቀሳቅሳሉ፤ Enter የተመረጠውን ይከፍታል</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ዛሬ</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>ወደ ዛሬ ሂድ (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>ቀዳሚ (Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>ቀዳሚ</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>ቀጣይ (Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ቀጣይ</translation>
    </message>
    <message>
        <source>Go to a date</source>
        <translation>ወደ አንድ ቀን ሂድ</translation>
    </message>
    <message>
        <source>{view} view ({key})</source>
        <translation>የ{view} እይታ ({key})</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>የቀን አቆጣጠር</translation>
    </message>
    <message>
        <source>Show dates in the Gregorian or Ethiopian calendar, or both</source>
        <translation>ቀኖችን በግሪጎሪያን ወይም በኢትዮጵያ አቆጣጠር፣ ወይም በሁለቱም አሳይ</translation>
    </message>
    <message>
        <source>New availability</source>
        <translation>አዲስ ክፍት ጊዜ</translation>
    </message>
    <message>
        <source>Add time students can book (N)</source>
        <translation>ተማሪዎች ሊይዙት የሚችሉት ጊዜ ጨምር (N)</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>አዲስ ትምህርት</translation>
    </message>
    <message>
        <source>Add a lesson to an enrolled course (L)</source>
        <translation>በተመዘገበ ኮርስ ላይ ትምህርት ጨምር (L)</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics አስቀምጥ…</translation>
    </message>
    <message>
        <source>Save lessons and availability for Google Calendar or Outlook</source>
        <translation>ትምህርቶችንና ክፍት ጊዜዎችን ለGoogle Calendar ወይም Outlook አስቀምጥ</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>እንደተጠናቀቀ ምልክት አድርግ</translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation>ትምህርቱን ሰርዝ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>አስተካክል…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Select a lesson or an availability block to see it here.

Double-click an empty time in the week or day view to add availability there, or press N; Ctrl + mouse wheel zooms the hours.</source>
        <translation>እዚህ ለማየት ትምህርት ወይም ክፍት ጊዜ ይምረጡ።

በሳምንት ወይም በቀን እይታ ባዶ ሰዓት ላይ ሁለቴ ጠቅ በማድረግ ወይም N በመጫን ክፍት ጊዜ ይጨምሩ፤ Ctrl እና የማውስ ጎማ ሰዓቶቹን ያጎላሉ።</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ቀልብስ</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to Astegni when the connection allows.</source>
        <translation>በዚህ ኮምፒውተር ተቀምጧል፤ ግንኙነቱ ሲፈቅድ ወደ Astegni ይላካል።</translation>
    </message>
    <message>
        <source>Astegni refused this change. Open Account › Sync problems to retry or discard it.</source>
        <translation>Astegni ይህን ለውጥ አልተቀበለውም። እንደገና ለመሞከር ወይም ለመተው መለያ › የማመሳሰል ችግሮችን ይክፈቱ።</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>ትምህርት</translation>
    </message>
    <message>
        <source>GROUP LESSON · {n} RECORDS</source>
        <translation>የቡድን ትምህርት · {n} መዝገቦች</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ሁኔታ</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>ተማሪ</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>ጥቅል</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>የሚፈጀው ጊዜ</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} ደቂቃ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>አይነት</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ቦታ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ርዕሶች</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>የተሸፈኑ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>መገኘት</translation>
    </message>
    <message>
        <source>tutor {tutor}, student {student}</source>
        <translation>አስጠኚ፦ {tutor}፣ ተማሪ፦ {student}</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>አስታዋሽ</translation>
    </message>
    <message>
        <source>{n} min before</source>
        <translation>{n} ደቂቃ በፊት</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ጠፍቷል</translation>
    </message>
    <message>
        <source>Edit, move or record attendance…</source>
        <translation>አስተካክል ወይም መገኘት መዝግብ…</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>ትምህርቱን ሰርዝ</translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation>ክፍት ጊዜ</translation>
    </message>
    <message>
        <source>Every {days} in {months} {year}</source>
        <translation>በየ{days} በ{months} {year}</translation>
    </message>
    <message numerus="yes">
        <source>On %n date(s)</source>
        <translation>
            <numerusform>በ%n ቀን</numerusform>
            <numerusform>በ%n ቀኖች</numerusform>
        </translation>
    </message>
    <message>
        <source>, {first} to {last}</source>
        <translation>፣ ከ{first} እስከ {last}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>ድግግሞሽ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ንቁ</translation>
    </message>
    <message>
        <source>Draft (only you see it)</source>
        <translation>ረቂቅ (የሚያዩት እርስዎ ብቻ ነዎት)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ቅድሚያ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>መግለጫ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ማስታወሻ</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>ማሳወቂያዎች</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>በኮምፒውተሩ</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>ድምፅ</translation>
    </message>
    <message>
        <source>Edit availability…</source>
        <translation>ክፍት ጊዜውን አስተካክል…</translation>
    </message>
    <message>
        <source>Delete availability</source>
        <translation>ክፍት ጊዜውን ሰርዝ</translation>
    </message>
    <message>
        <source>Availability not saved</source>
        <translation>ክፍት ጊዜው አልተቀመጠም</translation>
    </message>
    <message>
        <source>No enrolled course yet</source>
        <translation>ገና የተመዘገበ ኮርስ የለም</translation>
    </message>
    <message>
        <source>Lessons belong to an enrolled course: accept a request first.</source>
        <translation>ትምህርቶች የተመዘገበ ኮርስ አካል ናቸው፦ መጀመሪያ ጥያቄ ይቀበሉ።</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>ትምህርቱ አልተቀመጠም</translation>
    </message>
    <message>
        <source>Cancel the lesson {title} on {when}?</source>
        <translation>በ{when} ያለው ትምህርት {title} ይሰረዝ?</translation>
    </message>
    <message>
        <source>The lesson {title} has not started yet (it starts {when}).

Mark it completed anyway?</source>
        <translation>ትምህርቱ {title} ገና አልጀመረም (የሚጀምረው {when} ነው)።

ቢሆንም እንደተጠናቀቀ ምልክት ይደረግ?</translation>
    </message>
    <message>
        <source>Marked completed.</source>
        <translation>እንደተጠናቀቀ ምልክት ተደርጓል።</translation>
    </message>
    <message>
        <source>Lesson cancelled.</source>
        <translation>ትምህርቱ ተሰርዟል።</translation>
    </message>
    <message>
        <source>Delete the lesson {title} on {day}?</source>
        <translation>በ{day} ያለው ትምህርት {title} ይሰረዝ?</translation>
    </message>
    <message>
        <source>Lesson not deleted</source>
        <translation>ትምህርቱ አልተሰረዘም</translation>
    </message>
    <message>
        <source>this availability</source>
        <translation>ይህ ክፍት ጊዜ</translation>
    </message>
    <message>
        <source> It repeats: every occurrence is removed.</source>
        <translation> ይደጋገማል፦ ሁሉም ድግግሞሾቹ ይወገዳሉ።</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>{what} ይሰረዝ?</translation>
    </message>
    <message>
        <source>Export to calendar file</source>
        <translation>ወደ የቀን መቁጠሪያ ፋይል አስቀምጥ</translation>
    </message>
    <message>
        <source>Lessons and availability</source>
        <translation>ትምህርቶችና ክፍት ጊዜዎች</translation>
    </message>
    <message>
        <source>Lessons only</source>
        <translation>ትምህርቶች ብቻ</translation>
    </message>
    <message>
        <source>Availability only</source>
        <translation>ክፍት ጊዜዎች ብቻ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ከ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>እስከ</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>የሚካተቱት</translation>
    </message>
    <message>
        <source>An .ics file opens in Google Calendar, Outlook and Apple Calendar.</source>
        <translation>የ.ics ፋይል በGoogle Calendar፣ Outlook እና Apple Calendar ይከፈታል።</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>የጊዜ ሰሌዳውን አስቀምጥ</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ማስቀመጥ አልተሳካም</translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation>ፋይሉ ሊጻፍ አልቻለም፦ {error}</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>ተቀምጧል</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to {file}.</source>
        <translation>
            <numerusform>%n ክስተት በ{file} ተቀምጧል።</numerusform>
            <numerusform>%n ክስተቶች በ{file} ተቀምጠዋል።</numerusform>
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
        <source>&amp;General</source>
        <translation>&amp;አጠቃላይ</translation>
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
        <source>&amp;Calls and devices</source>
        <translation>&amp;ጥሪዎች እና መሣሪያዎች</translation>
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
    <message>
        <source>Sign in for this session</source>
        <translation>ለዚህ ጊዜ ብቻ ግባ</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>በመግባት ላይ…</translation>
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
        <translation>ብዕር (P)</translation>
    </message>
    <message>
        <source>Highlighter (H)</source>
        <translation>ማድመቂያ (H)</translation>
    </message>
    <message>
        <source>Eraser (E); the pen&apos;s eraser end works too</source>
        <translation>ማጥፊያ (E)፤ የብዕሩ ማጥፊያ ጫፍም ይሠራል</translation>
    </message>
    <message>
        <source>Line (L)</source>
        <translation>መስመር (L)</translation>
    </message>
    <message>
        <source>Rectangle (R)</source>
        <translation>አራት ማዕዘን (R)</translation>
    </message>
    <message>
        <source>Circle (C)</source>
        <translation>ክብ (C)</translation>
    </message>
    <message>
        <source>Arrow (A)</source>
        <translation>ቀስት (A)</translation>
    </message>
    <message>
        <source>Text (T)</source>
        <translation>ጽሑፍ (T)</translation>
    </message>
    <message>
        <source>Equation: type LaTeX or pick symbols; click an equation to edit it (Q)</source>
        <translation>ቀመር፦ LaTeX ይጻፉ ወይም ምልክቶችን ይምረጡ፤ ለማስተካከል ቀመሩን ይጫኑ (Q)</translation>
    </message>
    <message>
        <source>Function plot: drag its box, type y = …; click a plot to edit it (G)</source>
        <translation>የፈንክሽን ግራፍ፦ ሳጥኑን ይሳሉ፣ y = … ይጻፉ፤ ለማስተካከል ግራፉን ይጫኑ (G)</translation>
    </message>
    <message>
        <source>Select: draw a lasso, drag to move, Delete to remove (S)</source>
        <translation>ምረጥ (S)፦ ዙሪያውን ይሳሉ፣ ለማንቀሳቀስ ይጎትቱ፣ ለማስወገድ Delete</translation>
    </message>
    <message>
        <source>Laser pointer (K)</source>
        <translation>የሌዘር ጠቋሚ (K)</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>ባዶ</translation>
    </message>
    <message>
        <source>Ruled</source>
        <translation>መስመር ያለው</translation>
    </message>
    <message>
        <source>Graph paper</source>
        <translation>የግራፍ ወረቀት</translation>
    </message>
    <message>
        <source>The lesson has ended: its chat stays here to read.</source>
        <translation>ትምህርቱ አብቅቷል፦ ውይይቱ ለንባብ እዚህ ይቆያል።</translation>
    </message>
    <message>
        <source>A4, landscape…</source>
        <translation>A4፣ አግድም…</translation>
    </message>
    <message>
        <source>A4, portrait…</source>
        <translation>A4፣ ቁም…</translation>
    </message>
    <message>
        <source>Letter, landscape…</source>
        <translation>Letter፣ አግድም…</translation>
    </message>
    <message>
        <source>Letter, portrait…</source>
        <translation>Letter፣ ቁም…</translation>
    </message>
    <message>
        <source>Board size, no margins…</source>
        <translation>የሰሌዳው መጠን፣ ያለ ህዳግ…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>በሂደት ላይ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>አብቅቷል</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>የታቀደ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>የተሰረዘ</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>የብዕሩ ውፍረት</translation>
    </message>
    <message>
        <source>Text font</source>
        <translation>የጽሑፍ ፊደል</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>የጽሑፍ መጠን</translation>
    </message>
    <message>
        <source>Text font and size</source>
        <translation>የጽሑፍ ፊደልና መጠን</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ቀልብስ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>እንደገና አድርግ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>አቅርብ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>አርቅ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ገጹን አስማማ</translation>
    </message>
    <message>
        <source>Zoom: in, out, or fit the page</source>
        <translation>ማጉያ፦ አቅርብ፣ አርቅ ወይም ገጹን አስማማ</translation>
    </message>
    <message>
        <source>PDF worksheet…</source>
        <translation>የPDF የሥራ ሉህ…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>ምስል…</translation>
    </message>
    <message>
        <source>Page background: plain, ruled, graph paper, a PDF worksheet or a picture</source>
        <translation>የገጽ ዳራ፦ ባዶ፣ መስመር ያለው፣ የግራፍ ወረቀት፣ የPDF የሥራ ሉህ ወይም ምስል</translation>
    </message>
    <message>
        <source>This page as PNG…</source>
        <translation>ይህን ገጽ እንደ PNG…</translation>
    </message>
    <message>
        <source>Whole board as PDF</source>
        <translation>ሰሌዳውን በሙሉ እንደ PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>አስቀምጥ</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>ሰሌዳዎች</translation>
    </message>
    <message>
        <source>Show or hide the list of boards</source>
        <translation>የሰሌዳዎችን ዝርዝር አሳይ ወይም ደብቅ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ገጾች</translation>
    </message>
    <message>
        <source>Up and down choose the page the board shows</source>
        <translation>ላይና ታች ሰሌዳው የሚያሳየውን ገጽ ይመርጣሉ</translation>
    </message>
    <message>
        <source>Pages (drag to reorder)</source>
        <translation>ገጾች (ቅደም ተከተል ለመቀየር ይጎትቱ)</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>ገጽ ጨምር</translation>
    </message>
    <message>
        <source>Delete this page</source>
        <translation>ይህን ገጽ ሰርዝ</translation>
    </message>
    <message>
        <source>{tool} tool</source>
        <translation>የ{tool} መሣሪያ</translation>
    </message>
    <message>
        <source>Page {n} of {total}, {strokes}</source>
        <translation>ገጽ {n} ከ{total}፣ {strokes}</translation>
    </message>
    <message>
        <source>Board: {title}</source>
        <translation>ሰሌዳ፦ {title}</translation>
    </message>
    <message>
        <source>{name} sees this page</source>
        <translation>{name} ይህን ገጽ ያያሉ</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>ገጽ {n}</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>ገጹን ሰርዝ</translation>
    </message>
    <message>
        <source>A board keeps at least one page.</source>
        <translation>ሰሌዳ ቢያንስ አንድ ገጽ ይኖረዋል።</translation>
    </message>
    <message>
        <source>Delete “{page}” and its {n} strokes?</source>
        <translation>«{page}» እና {n} መስመሮቹ ይሰረዙ?</translation>
    </message>
    <message>
        <source>Your colour {n}</source>
        <translation>የእርስዎ ቀለም {n}</translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation>የእርስዎ ቀለም</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>የራስ ቀለም…</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>ቀለም፦ {name}</translation>
    </message>
    <message>
        <source>your colour</source>
        <translation>የእርስዎ ቀለም</translation>
    </message>
    <message>
        <source>Ink colour</source>
        <translation>የቀለም ምርጫ</translation>
    </message>
    <message>
        <source>Choose a PDF worksheet</source>
        <translation>የPDF የሥራ ሉህ ይምረጡ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF worksheet</source>
        <translation>የPDF የሥራ ሉህ</translation>
    </message>
    <message>
        <source>This file could not be opened as a PDF.</source>
        <translation>ይህ ፋይል እንደ PDF ሊከፈት አልቻለም።</translation>
    </message>
    <message>
        <source>Which page (1–{n})?</source>
        <translation>የትኛው ገጽ (1–{n})?</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>ምስል ይምረጡ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>ምስሎች (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ምስል</translation>
    </message>
    <message>
        <source>This file could not be opened ({error}).</source>
        <translation>ይህ ፋይል ሊከፈት አልቻለም ({error})።</translation>
    </message>
    <message>
        <source>Export page</source>
        <translation>ገጹን አስቀምጥ</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export board</source>
        <translation>ሰሌዳውን አስቀምጥ</translation>
    </message>
    <message>
        <source>Exporting “{title}” as PDF…</source>
        <translation>«{title}» እንደ PDF በመቀመጥ ላይ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ይቅር</translation>
    </message>
    <message>
        <source>Exporting PDF: page {done} of {total}</source>
        <translation>PDF በመቀመጥ ላይ፦ ገጽ {done} ከ{total}</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF ተቀምጧል፦ {file}</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>ነጭ ሰሌዳ</translation>
    </message>
    <message>
        <source>Prepare lessons here, even offline; teach them live to a student.</source>
        <translation>ትምህርቶችን እዚህ ያዘጋጁ፣ ከመስመር ውጭም ቢሆን፤ ለተማሪ በቀጥታ ያስተምሩ።</translation>
    </message>
    <message>
        <source>Boards and lessons</source>
        <translation>ሰሌዳዎችና ትምህርቶች</translation>
    </message>
    <message>
        <source>New</source>
        <translation>አዲስ</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>አዲስ ሰሌዳ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ስም ቀይር</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>ሰሌዳውን ሰርዝ</translation>
    </message>
    <message>
        <source>No board open</source>
        <translation>የተከፈተ ሰሌዳ የለም</translation>
    </message>
    <message>
        <source>Create a board to prepare a lesson. Pen tablets work with pressure; the eraser end erases.</source>
        <translation>ትምህርት ለማዘጋጀት ሰሌዳ ይፍጠሩ። የብዕር ታብሌቶች በግፊት ይሠራሉ፤ የማጥፊያው ጫፍ ያጠፋል።</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>ተማሪ</translation>
    </message>
    <message>
        <source>Student {id}</source>
        <translation>ተማሪ {id}</translation>
    </message>
    <message>
        <source>Lesson preparation</source>
        <translation>የትምህርት ዝግጅት</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>ትምህርት</translation>
    </message>
    <message>
        <source>On Astegni: open to download this lesson&apos;s canvas</source>
        <translation>በAstegni ላይ፦ የዚህን ትምህርት ሰሌዳ ለማውረድ ይክፈቱ</translation>
    </message>
    <message>
        <source>Board title:</source>
        <translation>የሰሌዳው ርዕስ፦</translation>
    </message>
    <message>
        <source>Untitled board</source>
        <translation>ርዕስ የሌለው ሰሌዳ</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>የሰሌዳውን ስም ቀይር</translation>
    </message>
    <message>
        <source>Delete “{title}” from this computer? This cannot be undone.</source>
        <translation>«{title}» ከዚህ ኮምፒውተር ይሰረዝ? ይህ ሊቀለበስ አይችልም።</translation>
    </message>
    <message>
        <source> The lesson stays on the server (it has no delete).</source>
        <translation> ትምህርቱ በአገልጋዩ ላይ ይቆያል (መሰረዝ አይችልም)።</translation>
    </message>
    <message>
        <source>your student</source>
        <translation>ተማሪዎ</translation>
    </message>
    <message>
        <source>End the lesson with {name}? Live drawing and chat stop, and it cannot be restarted. The board stays on this computer to replay or export.</source>
        <translation>ከ{name} ጋር ያለው ትምህርት ይጠናቀቅ? የቀጥታ ስዕሉና ውይይቱ ይቆማሉ፤ እንደገና ሊጀመርም አይችልም። ሰሌዳው እንደገና ለማጫወት ወይም ለማስቀመጥ በዚህ ኮምፒውተር ይቆያል።</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>ትምህርቱን ጨርስ</translation>
    </message>
    <message>
        <source>Fit to the student&apos;s view</source>
        <translation>በተማሪው እይታ ልክ አድርግ</translation>
    </message>
    <message>
        <source>You</source>
        <translation>እርስዎ</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>ገቢ ጥሪ</translation>
    </message>
    <message>
        <source>{name} is calling</source>
        <translation>{name} እየደወሉ ነው</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>ያመለጠ ጥሪ</translation>
    </message>
    <message>
        <source>{name} called{when}</source>
        <translation>{name} ደውለው ነበር{when}</translation>
    </message>
    <message>
        <source>Images stay on your board: {name} does not see them</source>
        <translation>ምስሎች በእርስዎ ሰሌዳ ላይ ብቻ ይቀራሉ፤ {name} አያያቸውም</translation>
    </message>
    <message>
        <source>{name}&apos;s live ink is full: {n} strokes not kept</source>
        <translation>የ{name} የቀጥታ ቀለም ሞልቷል፦ {n} መስመሮች አልተቀመጡም</translation>
    </message>
    <message>
        <source>{name} drew on the board</source>
        <translation>{name} በሰሌዳው ላይ ሳሉ</translation>
    </message>
    <message>
        <source>{name} picked the {tool} tool</source>
        <translation>{name} {tool} መሣሪያን መረጡ</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>ገጽ {n}</translation>
    </message>
    <message>
        <source>another page</source>
        <translation>ሌላ ገጽ</translation>
    </message>
    <message>
        <source>{name} is on {page}</source>
        <translation>{name} {page} ላይ ናቸው</translation>
    </message>
    <message>
        <source>{name} joined</source>
        <translation>{name} ገቡ</translation>
    </message>
    <message>
        <source>{name} left</source>
        <translation>{name} ወጡ</translation>
    </message>
    <message>
        <source>1 stroke on the server could not be read and is not shown.</source>
        <translation>በአገልጋዩ ላይ ያለ 1 መስመር ሊነበብ ስላልቻለ አይታይም።</translation>
    </message>
    <message>
        <source>{n} strokes on the server could not be read and are not shown.</source>
        <translation>በአገልጋዩ ላይ ያሉ {n} መስመሮች ሊነበቡ ስላልቻሉ አይታዩም።</translation>
    </message>
    <message>
        <source>Page {n} of {total}: {title}</source>
        <translation>ገጽ {n} ከ{total}፦ {title}</translation>
    </message>
</context>
<context>
    <name>WhiteboardPanel</name>
    <message>
        <source>Recording</source>
        <translation>መቅዳት</translation>
    </message>
    <message>
        <source>Recording saved (%1)</source>
        <translation>ቅጂው ተቀምጧል (%1)</translation>
    </message>
    <message>
        <source>%1 is recording this lesson</source>
        <translation>%1 ይህን ትምህርት እየቀዳ ነው</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ገጽ</numerusform>
            <numerusform>%n ገጾች</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n መስመር</numerusform>
            <numerusform>%n መስመሮች</numerusform>
        </translation>
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
        <translation>ተማሪ</translation>
    </message>
    <message>
        <source>{title} (group of {n})</source>
        <translation>{title} (የ{n} ቡድን)</translation>
    </message>
    <message>
        <source>It overlaps {title} ({start}–{end}).</source>
        <translation>ከ{title} ({start}–{end}) ጋር ይደራረባል።</translation>
    </message>
    <message>
        <source>It is outside your availability.</source>
        <translation>ከክፍት ጊዜዎ ውጭ ነው።</translation>
    </message>
    <message>
        <source>Overlaps {title} ({start}–{end})</source>
        <translation>ከ{title} ({start}–{end}) ጋር ይደራረባል</translation>
    </message>
    <message>
        <source>Outside your availability</source>
        <translation>ከክፍት ጊዜዎ ውጭ</translation>
    </message>
    <message>
        <source>Give the availability a title.</source>
        <translation>ለክፍት ጊዜው ርዕስ ይስጡት።</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>የማብቂያ ሰዓቱ ከመጀመሪያ ሰዓቱ በኋላ መሆን አለበት።</translation>
    </message>
    <message>
        <source>Enter the times as hours and minutes, for example 09:30.</source>
        <translation>ሰዓቶቹን በሰዓትና በደቂቃ ያስገቡ፣ ለምሳሌ 09:30።</translation>
    </message>
    <message>
        <source>Choose at least one month.</source>
        <translation>ቢያንስ አንድ ወር ይምረጡ።</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>ቢያንስ አንድ የሳምንት ቀን ይምረጡ።</translation>
    </message>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>ከ2000 እስከ 2100 ያለ ዓመት ይምረጡ።</translation>
    </message>
    <message>
        <source>Pick at least one date on the calendar.</source>
        <translation>በቀን መቁጠሪያው ላይ ቢያንስ አንድ ቀን ይምረጡ።</translation>
    </message>
    <message>
        <source>Pick at most {n} dates.</source>
        <translation>ቢበዛ {n} ቀኖችን ይምረጡ።</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>ቅድሚያ ይምረጡ።</translation>
    </message>
    <message>
        <source>Set how many minutes before the reminder should appear (1 to 10080).</source>
        <translation>አስታዋሹ ስንት ደቂቃ በፊት እንዲታይ ይወስኑ (ከ1 እስከ 10080)።</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Show all ({n} characters)</source>
        <translation>ሁሉንም አሳይ ({n} ፊደላት)</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>ሙሉ ጽሑፍ</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>This computer has no secure password storage (a keyring) that Astegni Desktop can use, so it cannot remember your sign-in. You can stay signed in until you close the app. To be remembered, install and unlock GNOME Keyring or KWallet (Linux); Windows and macOS provide one already.</source>
        <translation>ይህ ኮምፒውተር Astegni Desktop ሊጠቀምበት የሚችል ደህንነቱ የተጠበቀ የይለፍ ቃል ማከማቻ (keyring) የለውም፤ ስለዚህ መግቢያዎን ማስታወስ አይችልም። መተግበሪያውን እስኪዘጉ ድረስ ገብተው መቆየት ይችላሉ። እንዲታወሱ GNOME Keyring ወይም KWallet ይጫኑና ይክፈቱ (Linux)፤ Windows እና macOS አስቀድመው አንድ አላቸው።</translation>
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
        <source>Draft</source>
        <translation>ረቂቅ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ንቁ</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>የተላለፈ</translation>
    </message>
    <message>
        <source>present</source>
        <translation>ተገኝቷል</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>አልተገኘም</translation>
    </message>
    <message>
        <source>late</source>
        <translation>ዘግይቷል</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>በፈቃድ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>በመስመር ላይ</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>በአካል</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>በሁለቱም</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ዝቅተኛ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>መደበኛ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>መካከለኛ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ከፍተኛ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>አስቸኳይ</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>in 1 minute</source>
        <translation>በ1 ደቂቃ ውስጥ</translation>
    </message>
    <message>
        <source>in {n} minutes</source>
        <translation>በ{n} ደቂቃዎች ውስጥ</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>በ{time}</translation>
    </message>
    <message>
        <source>Lesson {when}: {title}</source>
        <translation>ትምህርት {when}፦ {title}</translation>
    </message>
    <message>
        <source>{title} starts {when}</source>
        <translation>{title} {when} ይጀምራል</translation>
    </message>
</context>
</TS>
