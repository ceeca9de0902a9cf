<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>main</name>
    <message>
        <source>Saduak cannot start</source>
        <translation>สะดวกเริ่มทำงานไม่ได้</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>เขียนไฟล์ %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>saduak::AboutDialog</name>
    <message>
        <source>About Saduak</source>
        <translation>เกี่ยวกับสะดวก</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Saduak&lt;/h2&gt;&lt;p&gt;Software of the one-stop Government Center&lt;/p&gt;</source>
        <translation>&lt;h2&gt;สะดวก&lt;/h2&gt;&lt;p&gt;ระบบงานศูนย์ราชการสะดวก บริการแบบเบ็ดเสร็จ ณ จุดเดียว&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Saduak %1</source>
        <translation>สะดวก %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Module SDK %1</source>
        <translation>ชุดพัฒนาโมดูล (SDK) %1</translation>
    </message>
    <message>
        <source>No modules loaded</source>
        <translation>ยังไม่มีโมดูลที่โหลด</translation>
    </message>
    <message>
        <source>Module %1 (%2) %3</source>
        <translation>โมดูล %1 (%2) %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>ไฟล์ตั้งค่า: %1</translation>
    </message>
</context>
<context>
    <name>saduak::BuddhistDate</name>
    <message>
        <source>No date was given.</source>
        <translation>ยังไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the day, the month and the Buddhist-Era year, for example 25 พ.ย. 2569 or 25/11/2569.</source>
        <translation>“%1” ไม่ใช่วันที่: กรุณาระบุวัน เดือน และปีพุทธศักราช เช่น 25 พ.ย. 2569 หรือ 25/11/2569</translation>
    </message>
    <message>
        <source>“%1” is not a month number: months run from 1 to 12.</source>
        <translation>“%1” ไม่ใช่เลขเดือน: เดือนมีตั้งแต่ 1 ถึง 12</translation>
    </message>
    <message>
        <source>“%1” is not a Thai month name; write for example พ.ย. or พฤศจิกายน.</source>
        <translation>“%1” ไม่ใช่ชื่อเดือนภาษาไทย: กรุณาเขียน เช่น พ.ย. หรือ พฤศจิกายน</translation>
    </message>
    <message>
        <source>“%1” is not a day of the month.</source>
        <translation>“%1” ไม่ใช่วันที่ของเดือน</translation>
    </message>
    <message>
        <source>Write the year in full as a Buddhist-Era year, for example 2569.</source>
        <translation>กรุณาเขียนปีพุทธศักราชให้ครบสี่หลัก เช่น 2569</translation>
    </message>
    <message>
        <source>%1 looks like a Christian-Era year; write the Buddhist-Era year (%2).</source>
        <translation>%1 ดูเหมือนเป็นปีคริสต์ศักราช กรุณาเขียนเป็นปีพุทธศักราช (%2)</translation>
    </message>
    <message>
        <source>There is no month %1: months run from 1 to 12.</source>
        <translation>ไม่มีเดือนที่ %1: เดือนมีตั้งแต่ 1 ถึง 12</translation>
    </message>
    <message>
        <source>BE 2483 had no January, February or March: it ran from 1 April to 31 December 1940, and BE 2484 began on 1 January 1941.</source>
        <translation>พ.ศ. 2483 ไม่มีเดือนมกราคม กุมภาพันธ์ และมีนาคม: ปีนั้นเริ่ม 1 เมษายน และสิ้นสุด 31 ธันวาคม (ค.ศ. 1940) ส่วน พ.ศ. 2484 เริ่ม 1 มกราคม</translation>
    </message>
    <message>
        <source>BE %1 is too early to be shown as a date.</source>
        <translation>พ.ศ. %1 เก่าเกินกว่าจะแสดงเป็นวันที่ได้</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2 of BE %3: that month has %4 days.</source>
        <translation>ไม่มีวันที่ %1 ในเดือนที่ %2 ของ พ.ศ. %3: เดือนนั้นมี %4 วัน</translation>
    </message>
</context>
<context>
    <name>saduak::CommandLine</name>
    <message>
        <source>Saduak: queue, counters and services of a one-stop Government Center.</source>
        <translation>สะดวก: ระบบคิว ช่องบริการ และงานบริการของศูนย์ราชการสะดวก</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>แสดงคำอธิบายนี้</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>แสดงรุ่นของโปรแกรม</translation>
    </message>
    <message>
        <source>Screen to show: counter, kiosk or display.</source>
        <translation>หน้าจอที่จะแสดง: counter (ช่องบริการ), kiosk (ตู้บริการตนเอง) หรือ display (จอแสดงคิว)</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>โหมด</translation>
    </message>
    <message>
        <source>Branch database file (SQLite).</source>
        <translation>ไฟล์ฐานข้อมูลของสาขา (SQLite)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Settings file (INI).</source>
        <translation>ไฟล์ตั้งค่า (INI)</translation>
    </message>
    <message>
        <source>Folder of module plugins.</source>
        <translation>โฟลเดอร์ของโมดูลเสริม</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Language: th or en.</source>
        <translation>ภาษา: th (ไทย) หรือ en (อังกฤษ)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Show the kiosk and display in a window, not full screen.</source>
        <translation>แสดงตู้บริการตนเองและจอแสดงคิวในหน้าต่าง ไม่เต็มจอ</translation>
    </message>
    <message>
        <source>Save the screen as a PNG image once shown, then quit.</source>
        <translation>บันทึกหน้าจอเป็นภาพ PNG เมื่อแสดงแล้ว จากนั้นปิดโปรแกรม</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use counter, kiosk or display.</source>
        <translation>ไม่รู้จักโหมด &quot;%1&quot;: ใช้ counter, kiosk หรือ display</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use th or en.</source>
        <translation>ไม่รู้จักภาษา &quot;%1&quot;: ใช้ th หรือ en</translation>
    </message>
</context>
<context>
    <name>saduak::CounterWindow</name>
    <message numerus="yes">
        <source>%1  %2 (target wait %n min)</source>
        <translation>
            <numerusform>%1  %2 (เป้าหมายรอไม่เกิน %n นาที)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>&amp;About Saduak</source>
        <translation>เกี่ยวกับสะดวก</translation>
    </message>
    <message>
        <source>Government Center — demo branch</source>
        <translation>ศูนย์ราชการสะดวก — สาขาสาธิต</translation>
    </message>
    <message>
        <source>This PC is</source>
        <translation>เครื่องนี้คือ</translation>
    </message>
    <message>
        <source>Ticket being served</source>
        <translation>คิวที่กำลังให้บริการ</translation>
    </message>
    <message>
        <source>No ticket is being served at this counter.</source>
        <translation>ช่องบริการนี้ยังไม่มีคิวที่กำลังให้บริการ</translation>
    </message>
    <message>
        <source>Services at this counter</source>
        <translation>บริการของช่องนี้</translation>
    </message>
    <message>
        <source>Modules: %1 running, %2 refused</source>
        <translation>โมดูล: ทำงาน %1 ไม่ผ่านการตรวจ %2</translation>
    </message>
</context>
<context>
    <name>saduak::Database</name>
    <message>
        <source>Saduak could not open its database file %1. Check that the disk is connected and the file is not damaged; if this happens again, contact technical support.</source>
        <translation>สะดวกเปิดไฟล์ฐานข้อมูล %1 ไม่ได้ กรุณาตรวจว่าดิสก์เชื่อมต่ออยู่และไฟล์ไม่เสียหาย หากยังเกิดอีกกรุณาติดต่อฝ่ายสนับสนุนทางเทคนิค</translation>
    </message>
    <message>
        <source>Saduak could not upgrade its database: its list of changes is damaged. The data was not changed; please contact technical support.</source>
        <translation>สะดวกปรับรุ่นฐานข้อมูลไม่ได้ เพราะรายการปรับปรุงเสียหาย ข้อมูลไม่ถูกเปลี่ยนแปลง กรุณาติดต่อฝ่ายสนับสนุนทางเทคนิค</translation>
    </message>
    <message>
        <source>Saduak could not open its database file %1 for reading: it needs an upgrade first. Start Saduak normally once on this PC.</source>
        <translation>สะดวกเปิดไฟล์ฐานข้อมูล %1 เพื่ออ่านอย่างเดียวไม่ได้ เพราะต้องปรับรุ่นก่อน กรุณาเปิดสะดวกตามปกติบนเครื่องนี้หนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Saduak could not open its database file %1. It may be damaged or not a Saduak database; please contact technical support.</source>
        <translation>สะดวกเปิดไฟล์ฐานข้อมูล %1 ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ฐานข้อมูลของสะดวก กรุณาติดต่อฝ่ายสนับสนุนทางเทคนิค</translation>
    </message>
    <message>
        <source>Saduak could not read its database. Please try again; if this happens again, contact technical support.</source>
        <translation>สะดวกอ่านฐานข้อมูลไม่ได้ กรุณาลองอีกครั้ง หากยังเกิดอีกกรุณาติดต่อฝ่ายสนับสนุนทางเทคนิค</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Saduak (%1 schema %2; this program knows up to %3). Update Saduak on this PC; the data was not changed.</source>
        <translation>ฐานข้อมูลนี้บันทึกโดยสะดวกรุ่นที่ใหม่กว่า (%1 โครงสร้างรุ่น %2 แต่โปรแกรมนี้รู้จักถึงรุ่น %3) กรุณาปรับรุ่นสะดวกบนเครื่องนี้ ข้อมูลไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Saduak could not upgrade its database (change %1). That change was undone and the data is safe; please contact technical support.</source>
        <translation>สะดวกปรับรุ่นฐานข้อมูลไม่สำเร็จ (รายการ %1) ระบบยกเลิกรายการนั้นแล้วและข้อมูลปลอดภัย กรุณาติดต่อฝ่ายสนับสนุนทางเทคนิค</translation>
    </message>
    <message>
        <source>Saduak could not upgrade its database because another program kept it busy. Close other Saduak windows on this PC and start again.</source>
        <translation>สะดวกปรับรุ่นฐานข้อมูลไม่ได้ เพราะมีโปรแกรมอื่นใช้งานอยู่ กรุณาปิดหน้าต่างสะดวกอื่นบนเครื่องนี้แล้วเปิดใหม่</translation>
    </message>
</context>
<context>
    <name>saduak::DisplayWindow</name>
    <message>
        <source>Display board</source>
        <translation>จอแสดงคิว</translation>
    </message>
    <message>
        <source>Government Center — demo branch</source>
        <translation>ศูนย์ราชการสะดวก — สาขาสาธิต</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>กำลังเรียก</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>หมายเลข</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message>
        <source>Please wait for your number to be called.</source>
        <translation>กรุณารอเรียกหมายเลขของท่าน</translation>
    </message>
</context>
<context>
    <name>saduak::KioskWindow</name>
    <message>
        <source>Kiosk</source>
        <translation>ตู้บริการตนเอง</translation>
    </message>
    <message>
        <source>Welcome to the Government Center</source>
        <translation>ยินดีต้อนรับสู่ศูนย์ราชการสะดวก</translation>
    </message>
    <message>
        <source>Touch the service you came for to take a queue ticket.</source>
        <translation>แตะบริการที่ต้องการเพื่อรับบัตรคิว</translation>
    </message>
</context>
<context>
    <name>saduak::ModeWindow</name>
    <message>
        <source>Saduak</source>
        <translation>สะดวก</translation>
    </message>
</context>
<context>
    <name>saduak::ModuleArea</name>
    <message>
        <source>%1, version %2. Serves: %3</source>
        <translation>%1 รุ่น %2 ให้บริการ: %3</translation>
    </message>
    <message>
        <source>no counter service</source>
        <translation>ไม่มีบริการที่ช่อง</translation>
    </message>
    <message>
        <source>No service modules are installed on this PC yet. Counter work that needs no module can go on.</source>
        <translation>เครื่องนี้ยังไม่ได้ติดตั้งโมดูลบริการ งานที่ช่องบริการซึ่งไม่ต้องใช้โมดูลทำต่อได้ตามปกติ</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) could not be loaded; tell support:</source>
        <translation>
            <numerusform>โหลดโมดูลไม่ได้ %n รายการ กรุณาแจ้งฝ่ายสนับสนุน:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saduak::ThaiCitizenId</name>
    <message>
        <source>A citizen ID has only digits, with &apos;-&apos; or spaces between groups; %1 is not allowed.</source>
        <translation>เลขประจำตัวประชาชนมีเฉพาะตัวเลข คั่นกลุ่มด้วย &apos;-&apos; หรือเว้นวรรคได้ ใช้ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>No citizen ID was given.</source>
        <translation>ยังไม่ได้ระบุเลขประจำตัวประชาชน</translation>
    </message>
    <message numerus="yes">
        <source>A citizen ID has 13 digits; this one has %n.</source>
        <translation>
            <numerusform>เลขประจำตัวประชาชนมี 13 หลัก แต่เลขนี้มี %n หลัก</numerusform>
        </translation>
    </message>
    <message>
        <source>The check digit does not match: this ID was mistyped or is not valid.</source>
        <translation>เลขตรวจสอบ (หลักสุดท้าย) ไม่ตรง: อาจพิมพ์ผิดหรือเป็นเลขที่ไม่ถูกต้อง</translation>
    </message>
</context>
</TS>
