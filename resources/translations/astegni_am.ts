<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="am" sourcelanguage="en">
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
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <source>Shapes: hold the pen still at the end of a stroke</source>
        <translation>ቅርጾች፦ መስመሩ ሲያልቅ ብዕሩን ሳያንቀሳቅሱ ይያዙ</translation>
    </message>
    <message>
        <source>Ruler: drag it to move, its end to turn; the pen follows its edge</source>
        <translation>ማስመሪያ፦ ለማንቀሳቀስ ይጎትቱት፣ ለማዞር ጫፉን ይጎትቱ፤ ብዕሩ ጠርዙን ይከተላል</translation>
    </message>
    <message>
        <source>Teaching: equation, plot, shapes, grid, ruler, protractor</source>
        <translation>የማስተማሪያ መሣሪያዎች፦ እኩልታ፣ ግራፍ፣ ቅርጾች፣ ፍርግርግ፣ ማስመሪያ፣ ፕሮትራክተር</translation>
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
</context>
</TS>
