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
    <message>
        <source>The hub&apos;s pin &quot;%1&quot; (--hub-pin or hub/pinSha256) is not a SHA-256 in base64 (44 characters); copy it again from the pairing.</source>
        <translation>ค่า pin ของศูนย์กลางสาขา &quot;%1&quot; (--hub-pin หรือ hub/pinSha256) ไม่ใช่ SHA-256 แบบ base64 (44 ตัวอักษร) กรุณาคัดลอกใหม่จากตอนจับคู่เครื่อง</translation>
    </message>
</context>
<context>
    <name>saduak-card</name>
    <message>
        <source>no card</source>
        <translation>ไม่มีบัตร</translation>
    </message>
    <message>
        <source>card, in use by another program</source>
        <translation>มีบัตร โปรแกรมอื่นกำลังใช้อยู่</translation>
    </message>
    <message>
        <source>card that does not answer</source>
        <translation>มีบัตรแต่บัตรไม่ตอบสนอง</translation>
    </message>
    <message>
        <source>card</source>
        <translation>มีบัตร</translation>
    </message>
    <message>
        <source>Cannot write the photo to %1: %2</source>
        <translation>ไม่สามารถบันทึกรูปถ่ายลงไฟล์ %1 ได้: %2</translation>
    </message>
    <message>
        <source>Reads Thai national ID cards through the smart card service (pcscd).
  readers   list the card readers and whether each has a card
  read      read the card and print its data as JSON (UTF-8)
Exit codes: 0 done, 2 wrong usage, 3 pcscd not running, 4 no card reader, 5 no card, 6 not a Thai ID card, 7 card removed during the read, 8 other reader error, 9 card in use by another program, 10 the photo file could not be written.</source>
        <translation>อ่านบัตรประจำตัวประชาชนผ่านบริการสมาร์ตการ์ด (pcscd)
  readers   แสดงเครื่องอ่านบัตรทั้งหมด และบอกว่าเครื่องใดมีบัตรเสียบอยู่
  read      อ่านบัตรและพิมพ์ข้อมูลเป็น JSON (UTF-8)
รหัสออก: 0 สำเร็จ, 2 ใช้คำสั่งไม่ถูกต้อง, 3 pcscd ไม่ได้ทำงาน, 4 ไม่พบเครื่องอ่านบัตร, 5 ไม่มีบัตร, 6 ไม่ใช่บัตรประจำตัวประชาชน, 7 ถอดบัตรออกระหว่างอ่าน, 8 เครื่องอ่านบัตรขัดข้องอื่น ๆ, 9 โปรแกรมอื่นกำลังใช้บัตร, 10 บันทึกไฟล์รูปถ่ายไม่ได้</translation>
    </message>
    <message>
        <source>readers or read</source>
        <translation>readers หรือ read</translation>
    </message>
    <message>
        <source>Print JSON (read always does).</source>
        <translation>พิมพ์เป็น JSON (คำสั่ง read พิมพ์เป็น JSON เสมอ)</translation>
    </message>
    <message>
        <source>read: also read the photo and save the JPEG to this file.</source>
        <translation>read: อ่านรูปถ่ายด้วย และบันทึกไฟล์ JPEG ไว้ที่ไฟล์นี้</translation>
    </message>
    <message>
        <source>read: use this reader (default: the one with a card).</source>
        <translation>read: ใช้เครื่องอ่านบัตรเครื่องนี้ (ค่าเริ่มต้น: เครื่องที่มีบัตรเสียบอยู่)</translation>
    </message>
    <message>
        <source>Language of messages: th or en (default: the system&apos;s).</source>
        <translation>ภาษาของข้อความ: th หรือ en (ค่าเริ่มต้น: ตามระบบ)</translation>
    </message>
    <message>
        <source>Say what to do: saduak-card readers, or saduak-card read --json [--photo FILE] [--reader NAME]. See --help.</source>
        <translation>ระบุคำสั่ง: saduak-card readers หรือ saduak-card read --json [--photo FILE] [--reader NAME] ดูรายละเอียดที่ --help</translation>
    </message>
</context>
<context>
    <name>saduak-central</name>
    <message>
        <source>Saduak central service.</source>
        <translation>บริการส่วนกลางของสะดวก</translation>
    </message>
    <message>
        <source>Central database: a SQLite file, or a PostgreSQL database as postgresql://user@host:port/dbname (password from PGPASSWORD).</source>
        <translation>ฐานข้อมูลของส่วนกลาง: ไฟล์ SQLite หรือฐานข้อมูล PostgreSQL ในรูปแบบ postgresql://ผู้ใช้@เครื่อง:พอร์ต/ชื่อฐานข้อมูล (รหัสผ่านจาก PGPASSWORD)</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>ที่อยู่ที่รอรับการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>พอร์ต (0: พอร์ตว่างใดก็ได้)</translation>
    </message>
    <message>
        <source>enrol-branch: the branch&apos;s name.</source>
        <translation>enrol-branch: ชื่อสาขา</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (then any intermediates); needs --tls-key.</source>
        <translation>ให้บริการแบบ HTTPS ด้วยใบรับรอง PEM นี้ (ตามด้วยใบรับรองกลางถ้ามี) ต้องใช้คู่กับ --tls-key</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert (not encrypted).</source>
        <translation>กุญแจส่วนตัวแบบ PEM ของ --tls-cert (ไม่เข้ารหัส)</translation>
    </message>
    <message>
        <source>statistics: the business day (YYYY-MM-DD, today if not given).</source>
        <translation>statistics: วันทำการ (YYYY-MM-DD ถ้าไม่ระบุคือวันนี้)</translation>
    </message>
    <message>
        <source>import-reference, compact-reference: the reference data set (e.g. land-parcels).</source>
        <translation>import-reference, compact-reference: ชุดข้อมูลอ้างอิง (เช่น land-parcels)</translation>
    </message>
    <message>
        <source>import-reference: JSON Lines file, one item (object) a line.</source>
        <translation>import-reference: ไฟล์ JSON Lines บรรทัดละหนึ่งรายการ (ออบเจกต์)</translation>
    </message>
    <message>
        <source>import-reference: the field that identifies an item.</source>
        <translation>import-reference: ฟิลด์ที่ใช้ระบุแต่ละรายการ</translation>
    </message>
    <message>
        <source>import-reference: items of the data set not in the file are deleted.</source>
        <translation>import-reference: ลบรายการในชุดข้อมูลที่ไม่มีอยู่ในไฟล์</translation>
    </message>
    <message>
        <source>Language of messages: th (default) or en.</source>
        <translation>ภาษาของข้อความ: th (ค่าเริ่มต้น) หรือ en</translation>
    </message>
    <message>
        <source>Key of the personal data (names, contact details, addresses), kept apart from the database; default: central.key beside a SQLite database, made at the first start. Needed with PostgreSQL. make-key: the new key file.</source>
        <translation>กุญแจของข้อมูลส่วนบุคคล (ชื่อ ข้อมูลติดต่อ ที่อยู่) เก็บแยกจากฐานข้อมูล; ค่าเริ่มต้น: central.key ข้างไฟล์ฐานข้อมูล SQLite ซึ่งสร้างให้เมื่อเริ่มครั้งแรก จำเป็นเมื่อใช้ PostgreSQL สำหรับ make-key: ไฟล์กุญแจที่จะสร้าง</translation>
    </message>
    <message>
        <source>make-key needs --key-file FILE.</source>
        <translation>make-key ต้องระบุ --key-file FILE</translation>
    </message>
    <message>
        <source>Made the key file %1. Back it up apart from the database: losing it loses the personal data at central.</source>
        <translation>สร้างไฟล์กุญแจ %1 แล้ว ให้สำรองไฟล์นี้แยกจากฐานข้อมูล: หากไฟล์กุญแจหาย ข้อมูลส่วนบุคคลที่ส่วนกลางจะหายไปด้วย</translation>
    </message>
    <message>
        <source>enrol-branch needs --code CODE and --name NAME.</source>
        <translation>enrol-branch ต้องระบุ --code รหัส และ --name ชื่อ</translation>
    </message>
    <message>
        <source>The branch was not enrolled: %1</source>
        <translation>ลงทะเบียนสาขาไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give the day as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; ไม่ใช่วันที่ กรุณาระบุวันในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>อ่านตัวเลขสถิติไม่ได้: %1</translation>
    </message>
    <message>
        <source>import-reference needs --dataset NAME, --file FILE and --key-field FIELD.</source>
        <translation>import-reference ต้องระบุ --dataset ชื่อ, --file ไฟล์ และ --key-field ฟิลด์</translation>
    </message>
    <message>
        <source>%1 items read: %2 new or changed, %3 unchanged, %4 deleted.</source>
        <translation>อ่านแล้ว %1 รายการ: ใหม่หรือเปลี่ยนแปลง %2, ไม่เปลี่ยนแปลง %3, ลบ %4</translation>
    </message>
    <message>
        <source>compact-reference needs --dataset NAME.</source>
        <translation>compact-reference ต้องระบุ --dataset ชื่อ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference data set.</source>
        <translation>&quot;%1&quot; ไม่ใช่ชุดข้อมูลอ้างอิง</translation>
    </message>
    <message>
        <source>The data set was not compacted: %1</source>
        <translation>บีบอัดชุดข้อมูลไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>%1 deleted items dropped; branches with a cursor before %2 take a snapshot.</source>
        <translation>ล้างรายการที่ถูกลบแล้ว %1 รายการ สาขาที่มีตำแหน่งก่อน %2 จะดาวน์โหลดชุดข้อมูลใหม่ทั้งหมด</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both or neither.</source>
        <translation>--tls-cert และ --tls-key ต้องใช้คู่กัน: ระบุทั้งสองหรือไม่ระบุเลย</translation>
    </message>
    <message>
        <source>Bad port.</source>
        <translation>พอร์ตไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Connections open at once; one more is answered 503 (default: the open-file limit less 100).</source>
        <translation>จำนวนการเชื่อมต่อที่เปิดพร้อมกันได้ เกินกว่านี้จะตอบ 503 (ค่าเริ่มต้น: ขีดจำกัดไฟล์ที่เปิดได้ลบ 100)</translation>
    </message>
    <message>
        <source>Seconds a request&apos;s line and headers may take from their first byte.</source>
        <translation>จำนวนวินาทีที่บรรทัดคำขอและส่วนหัวใช้ได้นับจากไบต์แรก</translation>
    </message>
    <message>
        <source>Slowest body accepted, in bytes a second (after --head-timeout of grace).</source>
        <translation>ความเร็วต่ำสุดของเนื้อหาคำขอที่ยอมรับ เป็นไบต์ต่อวินาที (หลังช่วงผ่อนผันเท่ากับ --head-timeout)</translation>
    </message>
    <message>
        <source>Seconds a connection may wait for its next request after the last one.</source>
        <translation>จำนวนวินาทีที่การเชื่อมต่อรอคำขอถัดไปได้หลังคำขอล่าสุด</translation>
    </message>
    <message>
        <source>Branch %1 is enrolled already, and revoked. To let it in again, give it a new token: saduak-central rotate-branch-token --code %1</source>
        <translation>สาขา %1 ลงทะเบียนไว้แล้วและถูกเพิกถอน หากจะให้กลับมาใช้งานได้ ให้ออกโทเคนใหม่: saduak-central rotate-branch-token --code %1</translation>
    </message>
    <message>
        <source>Branch %1 is enrolled already. To give it a new token (its old one then opens nothing): saduak-central rotate-branch-token --code %1</source>
        <translation>สาขา %1 ลงทะเบียนไว้แล้ว หากจะออกโทเคนใหม่ (โทเคนเดิมจะใช้ไม่ได้อีก): saduak-central rotate-branch-token --code %1</translation>
    </message>
    <message>
        <source>%1 needs --code CODE.</source>
        <translation>%1 ต้องระบุ --code รหัส</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch code (1-32 letters, digits, &apos;-&apos; or &apos;_&apos;).</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสสาขา (ตัวอักษร ตัวเลข &apos;-&apos; หรือ &apos;_&apos; 1-32 ตัว)</translation>
    </message>
    <message>
        <source>No branch has the code %1 (enrol it with enrol-branch).</source>
        <translation>ไม่มีสาขาที่มีรหัส %1 (ลงทะเบียนด้วย enrol-branch)</translation>
    </message>
    <message>
        <source>The branch&apos;s token was not replaced: %1</source>
        <translation>เปลี่ยนโทเคนของสาขาไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Branch %1 has a new token; its old one opens nothing from now on. Put the new one in central/token of the branch hub&apos;s settings and restart the hub: its rows wait in its outbox until then.</source>
        <translation>สาขา %1 ได้โทเคนใหม่แล้ว โทเคนเดิมใช้ไม่ได้ตั้งแต่บัดนี้ ให้ใส่โทเคนใหม่ใน central/token ของไฟล์ตั้งค่าศูนย์กลางสาขาแล้วเริ่มศูนย์กลางสาขาใหม่ ระหว่างนี้ข้อมูลจะรออยู่ในกล่องส่งออกของสาขา</translation>
    </message>
    <message>
        <source>The branch was not revoked: %1</source>
        <translation>เพิกถอนสาขาไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Branch %1 was revoked already; its token opens nothing.</source>
        <translation>สาขา %1 ถูกเพิกถอนไปแล้ว โทเคนของสาขาใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Branch %1 is revoked: its token opens nothing from now on. Its rows stay at central. To let it in again: saduak-central rotate-branch-token --code %1</source>
        <translation>เพิกถอนสาขา %1 แล้ว โทเคนของสาขาใช้ไม่ได้ตั้งแต่บัดนี้ ข้อมูลของสาขายังอยู่ที่ส่วนกลาง หากจะให้กลับมาใช้งานได้: saduak-central rotate-branch-token --code %1</translation>
    </message>
    <message>
        <source>Log window in seconds: of the lines clients can cause (refused requests, failed TLS handshakes), the first 5 of a kind in a window are logged, the rest summed up in one line when it ends.</source>
        <translation>ช่วงเวลาของบันทึก (วินาที): บรรทัดที่ไคลเอนต์ก่อให้เกิดได้ (คำขอที่ถูกปฏิเสธ การจับมือ TLS ที่ล้มเหลว) จะบันทึก 5 บรรทัดแรกของแต่ละชนิดในแต่ละช่วง ที่เหลือสรุปเป็นบรรทัดเดียวเมื่อสิ้นสุดช่วง</translation>
    </message>
    <message>
        <source>The branches could not be read: %1</source>
        <translation>อ่านรายการสาขาไม่ได้: %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>ยกเลิกแล้ว %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>backup needs the file to write: saduak-central backup FILE [--db FILE]</source>
        <translation>คำสั่ง backup ต้องระบุไฟล์ที่จะเขียน: saduak-central backup FILE [--db FILE]</translation>
    </message>
    <message>
        <source>A PostgreSQL central is backed up with PostgreSQL&apos;s own tool, on a machine that may connect to the database (central keeps serving meanwhile):
  pg_dump --format=custom --file=%1 &apos;%2&apos;
Restore it with pg_restore (docs/deployment.md). Back up the key file apart.</source>
        <translation>ส่วนกลางที่ใช้ PostgreSQL ต้องสำรองด้วยเครื่องมือของ PostgreSQL เอง บนเครื่องที่เชื่อมต่อฐานข้อมูลได้ (ส่วนกลางให้บริการต่อได้ระหว่างนั้น):
  pg_dump --format=custom --file=%1 &apos;%2&apos;
กู้คืนด้วย pg_restore (docs/deployment.md) และสำรองไฟล์กุญแจแยกต่างหาก</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KiB): central as of one moment, checked whole. The key of the personal data is not in it: back up the key file apart, or the names and addresses in the copy cannot be read.</source>
        <translation>สำรอง %1 ไปที่ %2 แล้ว (%3 KiB) เป็นข้อมูลของส่วนกลาง ณ ช่วงเวลาเดียว ตรวจแล้วว่าสมบูรณ์ ไฟล์นี้ไม่มีกุญแจของข้อมูลส่วนบุคคล โปรดสำรองไฟล์กุญแจแยกไว้ มิฉะนั้นจะอ่านชื่อและที่อยู่ในสำเนาไม่ได้</translation>
    </message>
    <message>
        <source>The jurisdiction_id Open311 clients may name (without it, a request that names one is refused).</source>
        <translation>jurisdiction_id ที่ไคลเอนต์ Open311 ระบุได้ (ถ้าไม่กำหนด คำขอที่ระบุ jurisdiction_id จะถูกปฏิเสธ)</translation>
    </message>
    <message>
        <source>add-open311-key needs --name NAME (who the key is for).</source>
        <translation>add-open311-key ต้องมี --name NAME (ผู้ที่ได้รับกุญแจนี้)</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>ไม่ได้สร้างกุญแจ: %1</translation>
    </message>
    <message>
        <source>enrol-branch, set-branch-area, rotate-branch-token, revoke-branch: the branch&apos;s code.</source>
        <translation>enrol-branch, set-branch-area, rotate-branch-token, revoke-branch: รหัสสาขา</translation>
    </message>
    <message>
        <source>enrol-branch, set-branch-area: the branch&apos;s province, its code (10) or its key in admin-areas (p10).</source>
        <translation>enrol-branch, set-branch-area: จังหวัดของสาขา เป็นรหัส (10) หรือคีย์ใน admin-areas (p10)</translation>
    </message>
    <message>
        <source>enrol-branch, set-branch-area: the branch&apos;s amphoe (khet), its code (1001) or its key in admin-areas (d1001); it must lie in --province.</source>
        <translation>enrol-branch, set-branch-area: อำเภอ (เขต) ของสาขา เป็นรหัส (1001) หรือคีย์ใน admin-areas (d1001); ต้องอยู่ในจังหวัดของ --province</translation>
    </message>
    <message>
        <source>set-branch-area needs --code CODE and --province P (and may take --amphoe D).</source>
        <translation>set-branch-area ต้องมี --code CODE และ --province P (และใส่ --amphoe D ได้)</translation>
    </message>
    <message>
        <source>The branch&apos;s area was not set: %1</source>
        <translation>ไม่ได้ตั้งพื้นที่ของสาขา: %1</translation>
    </message>
    <message>
        <source>Branch %1 is in province %2, amphoe %3.</source>
        <translation>สาขา %1 อยู่ในจังหวัด %2 อำเภอ %3</translation>
    </message>
    <message>
        <source>Nothing to serve branches; or one of: enrol-branch, set-branch-area, rotate-branch-token, revoke-branch, list-branches, make-key, import-reference, compact-reference, statistics, area-report, backup FILE, complaint, complaints, add-open311-key, add-officer, remove-officer.</source>
        <translation>ไม่ระบุ: ให้บริการสาขา; หรือคำสั่งใดคำสั่งหนึ่ง: enrol-branch, set-branch-area, rotate-branch-token, revoke-branch, list-branches, make-key, import-reference, compact-reference, statistics, area-report, backup FILE, complaint, complaints, add-open311-key, add-officer, remove-officer</translation>
    </message>
    <message>
        <source>area-report: the month (YYYY-MM; this month if neither --month nor --day is given); --day for one business day, --province and --amphoe for one area.</source>
        <translation>area-report: เดือน (YYYY-MM; เดือนนี้หากไม่ระบุทั้ง --month และ --day); --day สำหรับวันทำการวันเดียว, --province และ --amphoe สำหรับพื้นที่เดียว</translation>
    </message>
    <message>
        <source>area-report: json (the default) or csv.</source>
        <translation>area-report: json (ค่าเริ่มต้น) หรือ csv</translation>
    </message>
    <message>
        <source>--format is json or csv.</source>
        <translation>--format ต้องเป็น json หรือ csv</translation>
    </message>
</context>
<context>
    <name>saduak-hub</name>
    <message>
        <source>Saduak branch hub.</source>
        <translation>ศูนย์กลางสาขาของสะดวก</translation>
    </message>
    <message>
        <source>Branch database file.</source>
        <translation>ไฟล์ฐานข้อมูลของสาขา</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>ที่อยู่ที่จะเปิดให้บริการ</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>พอร์ต (0: พอร์ตว่างใดก็ได้)</translation>
    </message>
    <message>
        <source>Language of messages: th (default) or en.</source>
        <translation>ภาษาของข้อความ: th (ค่าเริ่มต้น) หรือ en</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Bad port.</source>
        <translation>พอร์ตไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Folder of the module plugins to serve.</source>
        <translation>โฟลเดอร์ของโมดูลที่จะให้บริการ</translation>
    </message>
    <message>
        <source>pair-device: a counter PC&apos;s counter number (it acts for no other).</source>
        <translation>pair-device: หมายเลขช่องบริการของเครื่องประจำช่อง (ใช้ทำงานให้ช่องอื่นไม่ได้)</translation>
    </message>
    <message>
        <source>revoke-device: the device&apos;s id (list-devices).</source>
        <translation>revoke-device: รหัสของเครื่อง (ดูจาก list-devices)</translation>
    </message>
    <message>
        <source>Connections served at once (default: from the open-file limit, at most 1000).</source>
        <translation>จำนวนการเชื่อมต่อที่ให้บริการพร้อมกัน (ค่าเริ่มต้น: คำนวณจากขีดจำกัดจำนวนไฟล์ที่เปิดได้ สูงสุด 1000)</translation>
    </message>
    <message>
        <source>Warning: %1 connections need more open files than the %2 this process may have; raise LimitNOFILE= (docs/deployment.md).</source>
        <translation>คำเตือน: การเชื่อมต่อ %1 รายการต้องใช้ไฟล์ที่เปิดได้มากกว่า %2 ที่โปรเซสนี้มีสิทธิ์ใช้ ให้เพิ่มค่า LimitNOFILE= (docs/deployment.md)</translation>
    </message>
    <message>
        <source>pair-device needs --role counter|kiosk|display|supervisor and --name NAME, and a counter PC its --counter N.</source>
        <translation>pair-device ต้องระบุ --role counter|kiosk|display|supervisor และ --name ชื่อ และเครื่องประจำช่องบริการต้องระบุ --counter หมายเลขช่อง</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>ยกเลิกแล้ว %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>revoke-device needs --device ID.</source>
        <translation>revoke-device ต้องระบุ --device รหัสเครื่อง</translation>
    </message>
    <message>
        <source>Device %1 is revoked. Its token opens nothing now; a running hub closes its connections within a second.</source>
        <translation>ยกเลิกการจับคู่เครื่อง %1 แล้ว รหัสจับคู่ของเครื่องนี้ใช้ไม่ได้อีก และศูนย์กลางสาขาที่ทำงานอยู่จะตัดการเชื่อมต่อของเครื่องภายในหนึ่งวินาที</translation>
    </message>
    <message>
        <source>PEM private key of that certificate, not encrypted (or hub/tlsKey).</source>
        <translation>กุญแจส่วนตัว PEM ของใบรับรองนั้น แบบไม่เข้ารหัส (หรือ hub/tlsKey)</translation>
    </message>
    <message>
        <source>Give the device the token and this pin together; it joins at wss://&lt;this hub&apos;s address&gt;:%1 (saduak --hub wss://HOST:%1 --hub-pin PIN, or hub/url and hub/pinSha256 in its settings).</source>
        <translation>ให้รหัสจับคู่และค่า pin นี้แก่เครื่องพร้อมกัน เครื่องจะเชื่อมต่อที่ wss://&lt;ที่อยู่ของศูนย์กลางสาขานี้&gt;:%1 (saduak --hub wss://HOST:%1 --hub-pin PIN หรือ hub/url และ hub/pinSha256 ในไฟล์ตั้งค่า)</translation>
    </message>
    <message>
        <source>PEM certificate of the hub, with --tls-key (or hub/tlsCert; default: its own, made beside the database).</source>
        <translation>ใบรับรอง PEM ของศูนย์กลางสาขา ใช้คู่กับ --tls-key (หรือ hub/tlsCert; ค่าเริ่มต้น: ใบรับรองของศูนย์กลางสาขาเอง ซึ่งสร้างไว้ข้างฐานข้อมูล)</translation>
    </message>
    <message>
        <source>sync: not configured (no central/url)</source>
        <translation>การส่งข้อมูลไปส่วนกลาง: ยังไม่ได้ตั้งค่า (ไม่มี central/url)</translation>
    </message>
    <message>
        <source>sync: cannot start: %1</source>
        <translation>การส่งข้อมูลไปส่วนกลาง: เริ่มไม่ได้: %1</translation>
    </message>
    <message>
        <source>sync: failing since %1: %2</source>
        <translation>การส่งข้อมูลไปส่วนกลาง: ล้มเหลวตั้งแต่ %1: %2</translation>
    </message>
    <message>
        <source>sync: working, pushing to %1</source>
        <translation>การส่งข้อมูลไปส่วนกลาง: ทำงานปกติ กำลังส่งไปที่ %1</translation>
    </message>
    <message>
        <source>waiting for central: nothing</source>
        <translation>รอส่งไปส่วนกลาง: ไม่มี</translation>
    </message>
    <message>
        <source>waiting for central: %1 rows, the oldest from %2</source>
        <translation>รอส่งไปส่วนกลาง: %1 รายการ รายการเก่าสุดจาก %2</translation>
    </message>
    <message>
        <source>the oldest row waits longer than central/warnPendingHours (%1 h)</source>
        <translation>รายการเก่าสุดรอนานเกิน central/warnPendingHours (%1 ชม.)</translation>
    </message>
    <message>
        <source>last success: %1</source>
        <translation>ส่งสำเร็จล่าสุด: %1</translation>
    </message>
    <message>
        <source>last success: never</source>
        <translation>ส่งสำเร็จล่าสุด: ยังไม่เคย</translation>
    </message>
    <message>
        <source>refused by central for good: %1</source>
        <translation>ส่วนกลางปฏิเสธถาวร: %1</translation>
    </message>
    <message>
        <source>devices: %1</source>
        <translation>อุปกรณ์: %1</translation>
    </message>
    <message>
        <source>Settings file (INI): the hub (hub/...), the queue&apos;s rules (queue/...), the sync with central (central/...), the modules (modules/...).</source>
        <translation>ไฟล์ตั้งค่า (INI): ศูนย์กลางสาขา (hub/...) กฎของคิว (queue/...) การส่งข้อมูลไปส่วนกลาง (central/...) โมดูล (modules/...)</translation>
    </message>
    <message>
        <source>The database %1 could not be checked: %2</source>
        <translation>ตรวจฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The database %1 is whole: SQLite&apos;s integrity check found nothing wrong.</source>
        <translation>ฐานข้อมูล %1 สมบูรณ์ การตรวจความถูกต้องของ SQLite ไม่พบปัญหา</translation>
    </message>
    <message>
        <source>The database %1 is damaged. SQLite&apos;s integrity check found:</source>
        <translation>ฐานข้อมูล %1 เสียหาย การตรวจความถูกต้องของ SQLite พบว่า:</translation>
    </message>
    <message>
        <source>backup needs the file to write: saduak-hub backup FILE [--db FILE]</source>
        <translation>คำสั่ง backup ต้องระบุไฟล์ที่จะเขียน: saduak-hub backup FILE [--db FILE]</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KiB): the branch as of one moment, checked whole. It holds personal data: keep it as safe as the database.</source>
        <translation>สำรอง %1 ไปที่ %2 แล้ว (%3 KiB) เป็นข้อมูลของสาขา ณ ช่วงเวลาเดียว ตรวจแล้วว่าสมบูรณ์ ไฟล์นี้มีข้อมูลส่วนบุคคล โปรดเก็บรักษาให้ปลอดภัยเท่ากับฐานข้อมูล</translation>
    </message>
    <message>
        <source>disabled %1</source>
        <translation>ระงับแล้ว %1</translation>
    </message>
    <message>
        <source>Password for %1 (at least %2 characters; not shown as you type):</source>
        <translation>รหัสผ่านของ %1 (อย่างน้อย %2 ตัวอักษร ไม่แสดงขณะพิมพ์):</translation>
    </message>
    <message>
        <source>add-staff needs --user NAME, --name &quot;the person&apos;s name&quot; and --role counter|supervisor|admin; the password comes on stdin.</source>
        <translation>add-staff ต้องมี --user NAME, --name &quot;ชื่อของบุคคล&quot; และ --role counter|supervisor|admin โดยรับรหัสผ่านทาง stdin</translation>
    </message>
    <message>
        <source>%1 needs --user NAME.</source>
        <translation>%1 ต้องมี --user NAME</translation>
    </message>
    <message>
        <source>Staff member %1 is disabled: they cannot log in any more. The audit keeps their user name.</source>
        <translation>ระงับบัญชีเจ้าหน้าที่ %1 แล้ว: เข้าสู่ระบบไม่ได้อีก บันทึกตรวจสอบยังคงเก็บชื่อผู้ใช้ไว้</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>เพิ่มเจ้าหน้าที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Staff member %1 has a new password; their failed log-ins and any lock-out are cleared.</source>
        <translation>ตั้งรหัสผ่านใหม่ให้เจ้าหน้าที่ %1 แล้ว ล้างจำนวนครั้งที่เข้าสู่ระบบไม่สำเร็จและการล็อกแล้ว</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>ไม่มีการเปลี่ยนแปลง: %1</translation>
    </message>
    <message>
        <source>pair-device: counter, kiosk, display or supervisor; add-staff: counter, supervisor or admin.</source>
        <translation>pair-device: counter, kiosk, display หรือ supervisor; add-staff: counter, supervisor หรือ admin</translation>
    </message>
    <message>
        <source>pair-device: the device&apos;s name; add-staff: the person&apos;s name.</source>
        <translation>pair-device: ชื่ออุปกรณ์; add-staff: ชื่อของบุคคล</translation>
    </message>
    <message>
        <source>add-staff, disable-staff, set-staff-password: the person&apos;s user name (small letters, digits, . _ -).</source>
        <translation>add-staff, disable-staff, set-staff-password: ชื่อผู้ใช้ของบุคคล (อักษรอังกฤษตัวเล็ก ตัวเลข . _ -)</translation>
    </message>
    <message>
        <source>report needs --day YYYY-MM-DD or --month YYYY-MM (one of them), e.g. --day 2026-12-06 or --month 2026-12.</source>
        <translation>report ต้องมี --day YYYY-MM-DD หรือ --month YYYY-MM (อย่างใดอย่างหนึ่ง) เช่น --day 2026-12-06 หรือ --month 2026-12 (ปี ค.ศ.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM, e.g. 2026-12.</source>
        <translation>&quot;%1&quot; ไม่ใช่เดือน ให้เขียนเป็น YYYY-MM (ปี ค.ศ.) เช่น 2026-12</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD, e.g. 2026-12-06.</source>
        <translation>&quot;%1&quot; ไม่ใช่วันที่ ให้เขียนเป็น YYYY-MM-DD (ปี ค.ศ.) เช่น 2026-12-06</translation>
    </message>
    <message>
        <source>%1 is a Buddhist-Era year: write the Christian-Era year, %2 (%1 - 543).</source>
        <translation>%1 เป็นปีพุทธศักราช ให้เขียนปีคริสต์ศักราช คือ %2 (%1 - 543)</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>อ่านเหตุการณ์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>เขียนรายงานลงใน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The e-report of %1 is in %2.</source>
        <translation>รายงานอิเล็กทรอนิกส์ของ %1 อยู่ใน %2</translation>
    </message>
    <message>
        <source>Nothing to serve the LAN; pair-device, list-devices or revoke-device to manage the devices; add-staff, list-staff, disable-staff or set-staff-password to manage the staff accounts; status for the sync with central and the devices; check for SQLite&apos;s integrity check of the database; backup FILE for a copy of it while the hub serves; report for the e-report of a day or a month as CSV.</source>
        <translation>ไม่ระบุ: ให้บริการบนเครือข่าย LAN; pair-device, list-devices หรือ revoke-device เพื่อจัดการอุปกรณ์; add-staff, list-staff, disable-staff หรือ set-staff-password เพื่อจัดการบัญชีเจ้าหน้าที่; status ดูการส่งข้อมูลไปส่วนกลางและอุปกรณ์; check ตรวจความสมบูรณ์ของฐานข้อมูลด้วย SQLite; backup FILE สำเนาฐานข้อมูลขณะศูนย์กลางทำงาน; report รายงานอิเล็กทรอนิกส์รายวันหรือรายเดือนเป็น CSV</translation>
    </message>
    <message>
        <source>report: the business day, e.g. 2026-12-06.</source>
        <translation>report: วันทำการ (ปี ค.ศ.) เช่น 2026-12-06</translation>
    </message>
    <message>
        <source>report: the month, e.g. 2026-12.</source>
        <translation>report: เดือน (ปี ค.ศ.) เช่น 2026-12</translation>
    </message>
    <message>
        <source>report: the CSV file to write (UTF-8, for Excel or LibreOffice); default: stdout.</source>
        <translation>report: ไฟล์ CSV ที่จะเขียน (UTF-8 สำหรับ Excel หรือ LibreOffice) ค่าเริ่มต้น: stdout</translation>
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
    <name>saduak::AreaReportQuery</name>
    <message>
        <source>period must be day or month.</source>
        <translation>ช่วงเวลาต้องเป็นรายวันหรือรายเดือน</translation>
    </message>
    <message>
        <source>Give a day or a month, not both.</source>
        <translation>โปรดระบุวันหรือเดือนอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>The day must be a date as YYYY-MM-DD.</source>
        <translation>วันต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The month must be given as YYYY-MM.</source>
        <translation>เดือนต้องอยู่ในรูปแบบ YYYY-MM</translation>
    </message>
    <message>
        <source>The province must be a province code (2 digits, e.g. 10).</source>
        <translation>จังหวัดต้องเป็นรหัสจังหวัด (ตัวเลข 2 หลัก เช่น 10)</translation>
    </message>
    <message>
        <source>The amphoe must be an amphoe code (4 digits, e.g. 1007).</source>
        <translation>อำเภอต้องเป็นรหัสอำเภอ (ตัวเลข 4 หลัก เช่น 1007)</translation>
    </message>
    <message>
        <source>This amphoe is not in the province chosen.</source>
        <translation>อำเภอนี้ไม่อยู่ในจังหวัดที่เลือก</translation>
    </message>
</context>
<context>
    <name>saduak::AreaReportView</name>
    <message>
        <source>1 branch</source>
        <translation>1 สาขา</translation>
    </message>
    <message>
        <source>%1 branches</source>
        <translation>%1 สาขา</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ทุกจังหวัด</translation>
    </message>
    <message>
        <source>Amphoe</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <source>All amphoes</source>
        <translation>ทุกอำเภอ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Area e-report</source>
        <translation>รายงานอิเล็กทรอนิกส์ระดับพื้นที่</translation>
    </message>
    <message>
        <source>Download as CSV (for a spreadsheet)</source>
        <translation>ดาวน์โหลดเป็น CSV (สำหรับโปรแกรมตารางคำนวณ)</translation>
    </message>
    <message>
        <source>Summed from the daily e-reports the branches sent. Within target: of the tickets called, the share called within the service&apos;s target wait. Waits and service times in minutes; p90: nine in ten waited at most this long.</source>
        <translation>รวมจากรายงานอิเล็กทรอนิกส์รายวันที่แต่ละสาขาส่งมา ภายในเป้าหมาย: สัดส่วนของบัตรคิวที่ถูกเรียกภายในเวลารอเป้าหมายของบริการ จากบัตรคิวที่ถูกเรียกทั้งหมด เวลารอและเวลาให้บริการเป็นนาที p90: เก้าในสิบคนรอไม่เกินเวลานี้</translation>
    </message>
    <message>
        <source>Area or branch</source>
        <translation>พื้นที่หรือสาขา</translation>
    </message>
    <message>
        <source>Days reported</source>
        <translation>วันที่รายงาน</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกบัตรคิว</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>เรียกแล้ว</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>ให้บริการแล้ว</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>ไม่มาติดต่อ</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>ภายในเป้าหมาย</translation>
    </message>
    <message>
        <source>Wait p50</source>
        <translation>รอ p50</translation>
    </message>
    <message>
        <source>Wait p90</source>
        <translation>รอ p90</translation>
    </message>
    <message>
        <source>Service p90</source>
        <translation>บริการ p90</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ถูกเพิกถอน</translation>
    </message>
    <message>
        <source>Branches without an area</source>
        <translation>สาขาที่ยังไม่ได้ระบุพื้นที่</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>จำแนกตามบริการ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
</context>
<context>
    <name>saduak::BranchAreaCheck</name>
    <message>
        <source>An amphoe needs its province: give --province too.</source>
        <translation>อำเภอต้องระบุจังหวัดด้วย: ใส่ --province ด้วย</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (2 digits, e.g. 10, or the key p10).</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสจังหวัด (ตัวเลข 2 หลัก เช่น 10 หรือคีย์ p10)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amphoe code (4 digits, e.g. 1001, or the key d1001).</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสอำเภอ (ตัวเลข 4 หลัก เช่น 1001 หรือคีย์ d1001)</translation>
    </message>
    <message>
        <source>The administrative areas (admin-areas) could not be read.</source>
        <translation>อ่านข้อมูลเขตการปกครอง (admin-areas) ไม่ได้</translation>
    </message>
    <message>
        <source>The administrative areas are not imported at central yet: import them first (saduak-central import-reference --dataset admin-areas --file db/reference/admin-areas.jsonl --key-field key).</source>
        <translation>ยังไม่ได้นำเข้าข้อมูลเขตการปกครองที่ส่วนกลาง: นำเข้าก่อน (saduak-central import-reference --dataset admin-areas --file db/reference/admin-areas.jsonl --key-field key)</translation>
    </message>
    <message>
        <source>There is no province %1 in the administrative areas imported at central.</source>
        <translation>ไม่มีจังหวัด %1 ในข้อมูลเขตการปกครองที่นำเข้าไว้ที่ส่วนกลาง</translation>
    </message>
    <message>
        <source>There is no amphoe %1 in the administrative areas imported at central.</source>
        <translation>ไม่มีอำเภอ %1 ในข้อมูลเขตการปกครองที่นำเข้าไว้ที่ส่วนกลาง</translation>
    </message>
    <message>
        <source>Amphoe %1 is not in province %2 (it is in province %3).</source>
        <translation>อำเภอ %1 ไม่ได้อยู่ในจังหวัด %2 (อยู่ในจังหวัด %3)</translation>
    </message>
</context>
<context>
    <name>saduak::BranchHub</name>
    <message>
        <source>This branch is already open in another Saduak program on this computer (process %1). Close it, or join it with --hub instead of opening the file a second time.</source>
        <translation>สาขานี้เปิดอยู่แล้วในโปรแกรมสะดวกอีกโปรแกรมหนึ่งบนเครื่องนี้ (โพรเซส %1) กรุณาปิดโปรแกรมนั้น หรือเชื่อมต่อด้วย --hub แทนการเปิดไฟล์เดียวกันซ้ำ</translation>
    </message>
    <message>
        <source>The hub&apos;s TLS needs both a certificate and its key (--tls-cert and --tls-key, or hub/tlsCert and hub/tlsKey).</source>
        <translation>TLS ของศูนย์กลางสาขาต้องมีทั้งใบรับรองและกุญแจของใบรับรองนั้น (--tls-cert และ --tls-key หรือ hub/tlsCert และ hub/tlsKey)</translation>
    </message>
    <message>
        <source>A hub without a database file has no folder for its own certificate: give it one (--tls-cert and --tls-key).</source>
        <translation>ศูนย์กลางสาขาที่ไม่มีไฟล์ฐานข้อมูลไม่มีโฟลเดอร์สำหรับเก็บใบรับรองของตนเอง กรุณาระบุใบรับรอง (--tls-cert และ --tls-key)</translation>
    </message>
    <message>
        <source>Saduak could not create its lock file %1 beside the branch database. Check that the disk is connected and has room, then start again.</source>
        <translation>Saduak สร้างไฟล์ล็อก %1 ข้างฐานข้อมูลของสาขาไม่ได้ โปรดตรวจว่าต่อดิสก์อยู่และมีพื้นที่ว่าง แล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>To restore: stop the hub, copy the latest backup (saduak-hub backup FILE) to %1 and start the hub; what was recorded after that backup is lost here, and what central already received stays at central. With no backup: move the damaged file away and start the hub on a new one; it pulls the reference data from central again, but central does not send back this branch&apos;s tickets, statistics, module records or paired devices: set up the services and counters and pair the devices again.</source>
        <translation>วิธีกู้คืน: หยุดศูนย์กลางสาขา คัดลอกไฟล์สำรองล่าสุด (saduak-hub backup FILE) ไปไว้ที่ %1 แล้วเริ่มศูนย์กลางสาขา ข้อมูลที่บันทึกหลังการสำรองครั้งนั้นจะหายไปจากที่นี่ ส่วนข้อมูลที่ส่วนกลางได้รับแล้วยังอยู่ที่ส่วนกลาง หากไม่มีไฟล์สำรอง: ย้ายไฟล์ที่เสียออกไปแล้วเริ่มศูนย์กลางสาขาด้วยไฟล์ใหม่ ระบบจะดึงข้อมูลอ้างอิงจากส่วนกลางอีกครั้ง แต่ส่วนกลางจะไม่ส่งบัตรคิว สถิติ บันทึกของโมดูล หรืออุปกรณ์ที่จับคู่ไว้ของสาขานี้กลับมา โปรดตั้งค่าบริการและช่องบริการ และจับคู่อุปกรณ์ใหม่ทั้งหมด</translation>
    </message>
</context>
<context>
    <name>saduak::BranchSession</name>
    <message>
        <source>The account could not be saved in the branch database. Please try again.</source>
        <translation>บันทึกบัญชีลงฐานข้อมูลของศูนย์ไม่สำเร็จ กรุณาลองอีกครั้ง</translation>
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
    <name>saduak::CallAnnouncer</name>
    <message>
        <source>The call is %1 s old; calls older than %2 s are not read out.</source>
        <translation>การเรียกนี้ผ่านมาแล้ว %1 วินาที การเรียกที่เก่ากว่า %2 วินาทีจะไม่ประกาศซ้ำ</translation>
    </message>
</context>
<context>
    <name>saduak::CallPhrase</name>
    <message>
        <source>A ticket number is letters followed by digits, like A001; &quot;%1&quot; is not.</source>
        <translation>หมายเลขคิวประกอบด้วยตัวอักษรตามด้วยตัวเลข เช่น A001 แต่ &quot;%1&quot; ไม่ใช่</translation>
    </message>
    <message>
        <source>The ticket number &quot;%1&quot; has no digits.</source>
        <translation>หมายเลขคิว &quot;%1&quot; ไม่มีตัวเลข</translation>
    </message>
    <message>
        <source>The ticket number &quot;%1&quot; is too long to call out: at most %2 letters and %3 digits.</source>
        <translation>หมายเลขคิว &quot;%1&quot; ยาวเกินกว่าจะประกาศได้: ตัวอักษรได้ไม่เกิน %2 ตัว และตัวเลขไม่เกิน %3 หลัก</translation>
    </message>
    <message>
        <source>There is no counter %1: counters are numbered from 1 to %2.</source>
        <translation>ไม่มีช่องบริการ %1: ช่องบริการมีหมายเลข 1 ถึง %2</translation>
    </message>
</context>
<context>
    <name>saduak::CallProfileDialog</name>
    <message>
        <source>Call order — %1</source>
        <translation>ลำดับการเรียกคิว — %1</translation>
    </message>
    <message>
        <source>How %1 picks the next ticket when the officer presses Call next. Nobody waits past twice the service&apos;s target in either order.</source>
        <translation>วิธีที่%1เลือกคิวถัดไปเมื่อเจ้าหน้าที่กดเรียกคิวถัดไป ไม่ว่าแบบใด จะไม่มีใครรอเกินสองเท่าของเวลาเป้าหมายของบริการ</translation>
    </message>
    <message>
        <source>Priority first: appointments, then the elderly, then disabled or pregnant citizens, then everyone else</source>
        <translation>คิวพิเศษก่อน: ผู้นัดหมาย แล้วผู้สูงอายุ แล้วผู้พิการหรือหญิงตั้งครรภ์ แล้วจึงผู้รับบริการทั่วไป</translation>
    </message>
    <message>
        <source>Take turns: one priority ticket after normal tickets</source>
        <translation>สลับกัน: คิวพิเศษหนึ่งคิวหลังคิวปกติ</translation>
    </message>
    <message>
        <source>One priority ticket after every</source>
        <translation>คิวพิเศษหนึ่งคิวหลังคิวปกติทุก</translation>
    </message>
    <message>
        <source>normal tickets</source>
        <translation>คิว</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>พิเศษ</translation>
    </message>
    <message>
        <source>Calls: %1, … (when one kind is not waiting, the other is called)</source>
        <translation>ลำดับการเรียก: %1, … (เมื่อไม่มีคิวประเภทหนึ่งรอ จะเรียกอีกประเภท)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>saduak::CentralDatabase</name>
    <message>
        <source>To restore: stop central, copy the latest backup (saduak-central backup FILE) to %1 and start central again. What the branches pushed after that backup is not at central any more and is not sent again; enrolments and reference data made since then must be made again.</source>
        <translation>วิธีกู้คืน: หยุดส่วนกลาง คัดลอกไฟล์สำรองล่าสุด (saduak-central backup FILE) ไปไว้ที่ %1 แล้วเริ่มส่วนกลางใหม่ ข้อมูลที่สาขาส่งมาหลังการสำรองครั้งนั้นจะไม่อยู่ที่ส่วนกลางแล้ว และจะไม่ถูกส่งมาอีก การลงทะเบียนสาขาและข้อมูลอ้างอิงที่ทำหลังจากนั้นต้องทำใหม่</translation>
    </message>
</context>
<context>
    <name>saduak::ClipVoice</name>
    <message>
        <source>There are no words to say.</source>
        <translation>ไม่มีข้อความที่จะประกาศ</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; is missing (%2).</source>
        <translation>ไม่พบไฟล์เสียง &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; cannot be read: %2 (%3).</source>
        <translation>อ่านไฟล์เสียง &quot;%1&quot; ไม่ได้: %2 (%3)</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; is not usable: %2 (%3).</source>
        <translation>ใช้ไฟล์เสียง &quot;%1&quot; ไม่ได้: %2 (%3)</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; is %2 but &quot;%3&quot; is %4; record every clip in one format (%5).</source>
        <translation>ไฟล์เสียง &quot;%1&quot; เป็นรูปแบบ %2 แต่ &quot;%3&quot; เป็น %4 กรุณาบันทึกเสียงทุกไฟล์ในรูปแบบเดียวกัน (%5)</translation>
    </message>
    <message>
        <source>Voice clip %1 of the phrase is %2, the first is %3; record every clip in one format.</source>
        <translation>ไฟล์เสียงลำดับที่ %1 ของประโยคเป็นรูปแบบ %2 แต่ไฟล์แรกเป็น %3 กรุณาบันทึกเสียงทุกไฟล์ในรูปแบบเดียวกัน</translation>
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
        <source>Unknown language &quot;%1&quot;: use th or en.</source>
        <translation>ไม่รู้จักภาษา &quot;%1&quot;: ใช้ th หรือ en</translation>
    </message>
    <message>
        <source>Also serve the branch to other PCs on the LAN.</source>
        <translation>เปิดให้เครื่องอื่นในเครือข่ายของสาขาเชื่อมต่อด้วย</translation>
    </message>
    <message>
        <source>LAN port for --serve (default 7420).</source>
        <translation>พอร์ตเครือข่ายสำหรับ --serve (ค่าเริ่มต้น 7420)</translation>
    </message>
    <message>
        <source>port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <source>Address to serve on (default: all).</source>
        <translation>ที่อยู่ที่จะเปิดให้บริการ (ค่าเริ่มต้น: ทุกที่อยู่)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>This device&apos;s pairing token (saduak-hub pair-device).</source>
        <translation>รหัสจับคู่ของเครื่องนี้ (จาก saduak-hub pair-device)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>พอร์ตต้องเป็นตัวเลข 0 ถึง 65535</translation>
    </message>
    <message>
        <source>Use either --serve (this PC is the hub) or --hub (join another), not both.</source>
        <translation>ใช้ --serve (เครื่องนี้เป็นศูนย์กลาง) หรือ --hub (เชื่อมต่อเครื่องอื่น) อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>อ่านไฟล์รหัสจับคู่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users of this PC. Make it private (chmod 600 %1) and start again.</source>
        <translation>ผู้ใช้อื่นของเครื่องนี้อ่านไฟล์รหัสจับคู่ %1 ได้ กรุณาตั้งให้เป็นไฟล์ส่วนตัว (chmod 600 %1) แล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>The token file %1 holds no token (its first line is empty).</source>
        <translation>ไฟล์รหัสจับคู่ %1 ไม่มีรหัส (บรรทัดแรกว่าง)</translation>
    </message>
    <message>
        <source>A file holding this device&apos;s pairing token, readable by its owner only (so that ps does not show the token).</source>
        <translation>ไฟล์ที่เก็บรหัสจับคู่ของเครื่องนี้ ซึ่งอ่านได้เฉพาะเจ้าของไฟล์ (เพื่อไม่ให้คำสั่ง ps แสดงรหัส)</translation>
    </message>
    <message>
        <source>Give the token either with --token or with --token-file, not both.</source>
        <translation>ระบุรหัสจับคู่ด้วย --token หรือ --token-file อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Join the hub at this address (ws://host:port or wss://host:port).</source>
        <translation>เชื่อมต่อกับศูนย์กลางสาขาที่ที่อยู่นี้ (ws://host:port หรือ wss://host:port)</translation>
    </message>
    <message>
        <source>The pin of a wss:// hub&apos;s key, shown at pairing (hub/pinSha256).</source>
        <translation>ค่า pin ของกุญแจศูนย์กลางสาขาแบบ wss:// ที่แสดงตอนจับคู่เครื่อง (hub/pinSha256)</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>ค่า pin</translation>
    </message>
    <message>
        <source>The hub address must look like wss://192.168.1.10:7420 (ws:// only for a hub on this PC).</source>
        <translation>ที่อยู่ของศูนย์กลางสาขาต้องมีรูปแบบเช่น wss://192.168.1.10:7420 (ใช้ ws:// ได้เฉพาะศูนย์กลางสาขาที่อยู่บนเครื่องนี้)</translation>
    </message>
    <message>
        <source>Screen to show: counter, kiosk, display or supervisor.</source>
        <translation>หน้าจอที่จะแสดง: counter (ช่องบริการ), kiosk (ตู้บริการตนเอง), display (จอแสดงคิว) หรือ supervisor (หัวหน้าศูนย์)</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use counter, kiosk, display or supervisor.</source>
        <translation>ไม่รู้จักโหมด &quot;%1&quot;: ใช้ counter, kiosk, display หรือ supervisor</translation>
    </message>
</context>
<context>
    <name>saduak::CommandTable</name>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>ไม่มีช่องข้อมูล &quot;%1&quot; หรือชนิดข้อมูลไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A %1 may not do &quot;%2&quot;.</source>
        <translation>เครื่องประเภท %1 ไม่มีสิทธิ์ทำ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Nobody is logged in at this PC. Log in first.</source>
        <translation>ยังไม่มีผู้ใดเข้าสู่ระบบที่เครื่องนี้ กรุณาเข้าสู่ระบบก่อน</translation>
    </message>
    <message>
        <source>A counter officer may not do &quot;%1&quot;.</source>
        <translation>เจ้าหน้าที่เคาน์เตอร์ไม่มีสิทธิ์ทำ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A supervisor may not do &quot;%1&quot;.</source>
        <translation>หัวหน้าศูนย์ไม่มีสิทธิ์ทำ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>saduak::ComplaintCommands</name>
    <message>
        <source>complaint: the complaint&apos;s tracking number.</source>
        <translation>complaint: เลขที่เรื่องของเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>complaint: what to do (register, forward, start, resolve, close, reject, outOfJurisdiction, markDuplicate, askInformation, escalate, resume, reopen).</source>
        <translation>complaint: สิ่งที่จะทำ (register, forward, start, resolve, close, reject, outOfJurisdiction, markDuplicate, askInformation, escalate, resume, reopen)</translation>
    </message>
    <message>
        <source>complaint --action register: the category (a code of complaint-categories); complaints: only this category.</source>
        <translation>complaint --action register: ประเภทเรื่อง (รหัสใน complaint-categories); complaints: เฉพาะประเภทนี้</translation>
    </message>
    <message>
        <source>complaint: the note; every branch shows it to the complainant, so no names or contact details in it.</source>
        <translation>complaint: บันทึก ซึ่งทุกสาขาจะแสดงให้ผู้ร้องเห็น จึงห้ามใส่ชื่อหรือข้อมูลติดต่อ</translation>
    </message>
    <message>
        <source>complaint --action forward: the responsible agency.</source>
        <translation>complaint --action forward: หน่วยงานที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>complaint --action markDuplicate: the original&apos;s tracking number.</source>
        <translation>complaint --action markDuplicate: เลขที่เรื่องของเรื่องต้นเรื่อง</translation>
    </message>
    <message>
        <source>complaint: who makes the change, kept in its history (default: the login name).</source>
        <translation>complaint: ผู้ทำการเปลี่ยนแปลง เก็บไว้ในประวัติ (ค่าเริ่มต้น: ชื่อผู้ใช้ที่เข้าระบบ)</translation>
    </message>
    <message>
        <source>complaints: only the overdue ones.</source>
        <translation>complaints: เฉพาะเรื่องที่เกินกำหนด</translation>
    </message>
    <message>
        <source>complaints: only complaints in this state.</source>
        <translation>complaints: เฉพาะเรื่องที่อยู่ในสถานะนี้</translation>
    </message>
    <message>
        <source>complaint needs --tracking NUMBER and --action ACTION.</source>
        <translation>complaint ต้องมี --tracking NUMBER และ --action ACTION</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; one of: %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่การดำเนินการ ต้องเป็นหนึ่งใน: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; one of: %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่สถานะ ต้องเป็นหนึ่งใน: %2</translation>
    </message>
    <message>
        <source>The complaints could not be read: %1</source>
        <translation>อ่านเรื่องร้องเรียนไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>saduak::ComplaintStore</name>
    <message>
        <source>Central could not store the change; nothing was changed. Try again later.</source>
        <translation>ส่วนกลางบันทึกการเปลี่ยนแปลงไม่ได้ จึงไม่มีสิ่งใดถูกเปลี่ยน โปรดลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>Central has no complaint %1.</source>
        <translation>ส่วนกลางไม่มีเรื่องร้องเรียนเลขที่ %1</translation>
    </message>
    <message>
        <source>There is no complaint category &quot;%1&quot; (complaint-categories).</source>
        <translation>ไม่มีประเภทเรื่องร้องเรียน &quot;%1&quot; (complaint-categories)</translation>
    </message>
    <message>
        <source>Central has no complaint %1 to be the original.</source>
        <translation>ส่วนกลางไม่มีเรื่องร้องเรียนเลขที่ %1 ที่จะเป็นเรื่องต้นเรื่อง</translation>
    </message>
    <message>
        <source>Someone else changed complaint %1 meanwhile; read it again and decide.</source>
        <translation>มีผู้อื่นเปลี่ยนเรื่องร้องเรียน %1 ในระหว่างนี้ โปรดเปิดดูใหม่แล้วจึงตัดสินใจ</translation>
    </message>
</context>
<context>
    <name>saduak::ConnectingWindow</name>
    <message>
        <source>Saduak</source>
        <translation>สะดวก</translation>
    </message>
    <message>
        <source>Connecting to the branch hub at %1 …</source>
        <translation>กำลังเชื่อมต่อกับศูนย์กลางสาขาที่ %1 …</translation>
    </message>
    <message>
        <source>This PC cannot join the hub at %1: %2</source>
        <translation>เครื่องนี้เชื่อมต่อศูนย์กลางสาขาที่ %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>saduak::CounterFiguresModel</name>
    <message>
        <source>Open</source>
        <translation>เปิดให้บริการ</translation>
    </message>
    <message>
        <source>Paused: break</source>
        <translation>พัก: พักเบรก</translation>
    </message>
    <message>
        <source>Paused: system down</source>
        <translation>พัก: ระบบขัดข้อง</translation>
    </message>
    <message>
        <source>Paused: other work</source>
        <translation>พัก: ปฏิบัติงานอื่น</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>พักชั่วคราว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดให้บริการ</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>ช่องบริการ %1</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>หมายเลข</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>ให้บริการวันนี้</translation>
    </message>
</context>
<context>
    <name>saduak::CounterServicesDialog</name>
    <message>
        <source>Counter services</source>
        <translation>บริการของช่องบริการ</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>ช่องบริการ:</translation>
    </message>
    <message>
        <source>Services it may serve (it opens with them when nobody chooses others):</source>
        <translation>บริการที่ช่องนี้ให้บริการได้ (เปิดช่องด้วยบริการเหล่านี้เมื่อไม่ได้เลือกอื่น):</translation>
    </message>
    <message>
        <source>Call order…</source>
        <translation>ลำดับการเรียก…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Call order: one priority ticket after every %1 normal ones.</source>
        <translation>ลำดับการเรียก: เรียกบัตรกลุ่มพิเศษ 1 ใบ ทุกบัตรทั่วไป %1 ใบ</translation>
    </message>
    <message>
        <source>Call order: priority tickets first.</source>
        <translation>ลำดับการเรียก: เรียกบัตรกลุ่มพิเศษก่อน</translation>
    </message>
    <message>
        <source>The branch has no counters.</source>
        <translation>สาขานี้ไม่มีช่องบริการ</translation>
    </message>
    <message>
        <source>Tick one service at least: a counter with none could never call.</source>
        <translation>เลือกอย่างน้อยหนึ่งบริการ: ช่องบริการที่ไม่มีบริการจะเรียกคิวไม่ได้</translation>
    </message>
</context>
<context>
    <name>saduak::CounterWindow</name>
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
        <source>This PC is</source>
        <translation>เครื่องนี้คือ</translation>
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
    <message>
        <source>Open</source>
        <translation>เปิดให้บริการ</translation>
    </message>
    <message>
        <source>Paused: break</source>
        <translation>พักชั่วคราว: พักเบรก</translation>
    </message>
    <message>
        <source>Paused: system down</source>
        <translation>พักชั่วคราว: ระบบขัดข้อง</translation>
    </message>
    <message>
        <source>Paused: other work</source>
        <translation>พักชั่วคราว: ปฏิบัติงานอื่น</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>พักชั่วคราว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดให้บริการ</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>นัดหมายล่วงหน้า</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>ผู้สูงอายุ</translation>
    </message>
    <message>
        <source>Disabled or pregnant</source>
        <translation>ผู้พิการหรือสตรีมีครรภ์</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Called, waiting for the citizen to come</source>
        <translation>เรียกแล้ว รอผู้รับบริการมาที่ช่อง</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>กำลังให้บริการ</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>ประเภทคิว: %1</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>เรียกเมื่อ %1 น.</translation>
    </message>
    <message numerus="yes">
        <source>Recalled %n time(s)</source>
        <translation>
            <numerusform>เรียกซ้ำแล้ว %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %n waiting</source>
        <translation>
            <numerusform>%1  %2: รอ %n คิว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target wait %n min</source>
        <translation>
            <numerusform>เป้าหมายรอไม่เกิน %n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in total for this counter</source>
        <translation>
            <numerusform>รวมคิวที่รอสำหรับช่องนี้ %n คิว</numerusform>
        </translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>เปิดช่องบริการ</translation>
    </message>
    <message>
        <source>Open this counter for the ticked services</source>
        <translation>เปิดช่องบริการนี้สำหรับบริการที่เลือกไว้</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>พักช่องบริการ…</translation>
    </message>
    <message>
        <source>Pause this counter, with a reason</source>
        <translation>พักช่องบริการนี้ชั่วคราว พร้อมระบุเหตุผล</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>กลับมาให้บริการ</translation>
    </message>
    <message>
        <source>Open the counter again after a pause</source>
        <translation>เปิดช่องบริการอีกครั้งหลังพัก</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>ปิดช่องบริการ</translation>
    </message>
    <message>
        <source>Close this counter</source>
        <translation>ปิดช่องบริการนี้</translation>
    </message>
    <message>
        <source>Call next ticket</source>
        <translation>เรียกคิวถัดไป</translation>
    </message>
    <message>
        <source>Call the next waiting ticket</source>
        <translation>เรียกคิวถัดไปที่รออยู่</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>เรียกซ้ำ</translation>
    </message>
    <message>
        <source>Call the same ticket again</source>
        <translation>เรียกคิวเดิมอีกครั้ง</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>เริ่มให้บริการ</translation>
    </message>
    <message>
        <source>The citizen has come: start serving</source>
        <translation>ผู้รับบริการมาถึงแล้ว เริ่มให้บริการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>The service is finished</source>
        <translation>ให้บริการเสร็จเรียบร้อย</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่มาติดต่อ</translation>
    </message>
    <message>
        <source>The citizen did not come</source>
        <translation>ผู้รับบริการไม่มาติดต่อ</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>พักคิว</translation>
    </message>
    <message>
        <source>Set the ticket aside while the citizen fetches something</source>
        <translation>พักคิวไว้ก่อนระหว่างที่ผู้รับบริการไปเตรียมเอกสาร</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>ส่งต่อไปบริการ…</translation>
    </message>
    <message>
        <source>Send the ticket on to another service</source>
        <translation>ส่งคิวนี้ต่อไปยังบริการอื่น</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>พักช่องบริการ</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พักเบรก</translation>
    </message>
    <message>
        <source>System down</source>
        <translation>ระบบขัดข้อง</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>ปฏิบัติงานอื่น</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>ส่งต่อไปบริการ</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message>
        <source>Ticket at this counter</source>
        <translation>คิวที่ช่องบริการนี้</translation>
    </message>
    <message>
        <source>Call order…</source>
        <translation>ลำดับการเรียกคิว…</translation>
    </message>
    <message>
        <source>Priority first, or one priority ticket after every few normal ones</source>
        <translation>เรียกคิวพิเศษก่อน หรือเรียกคิวพิเศษหนึ่งคิวหลังคิวปกติทุก ๆ กี่คิว</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>ช่องบริการ %1</translation>
    </message>
    <message>
        <source>Sending to central now.</source>
        <translation>กำลังส่งไปยังส่วนกลางเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>This branch sends nothing to central.</source>
        <translation>สาขานี้ไม่ได้ส่งข้อมูลไปยังส่วนกลาง</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>ส่งเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Send the waiting rows to central now, without waiting for the next try</source>
        <translation>ส่งข้อมูลที่รออยู่ไปยังส่วนกลางเดี๋ยวนี้ โดยไม่ต้องรอการลองครั้งถัดไป</translation>
    </message>
    <message>
        <source>Switch officer</source>
        <translation>เปลี่ยนเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Another officer logs in at this PC; the counter stays open</source>
        <translation>ให้เจ้าหน้าที่คนอื่นเข้าสู่ระบบที่เครื่องนี้ ช่องบริการยังเปิดอยู่</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Log out of this PC; the next officer logs in</source>
        <translation>ออกจากระบบที่เครื่องนี้ ให้เจ้าหน้าที่คนถัดไปเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>This PC works at counter %1. You may move it to another counter.</source>
        <translation>เครื่องนี้ทำงานที่ช่องบริการ %1 ท่านย้ายไปช่องบริการอื่นได้</translation>
    </message>
    <message>
        <source>This PC works at counter %1; a supervisor moves it to another counter.</source>
        <translation>เครื่องนี้ทำงานที่ช่องบริการ %1 หัวหน้างานเป็นผู้ย้ายไปช่องบริการอื่น</translation>
    </message>
</context>
<context>
    <name>saduak::CupsPrinter</name>
    <message>
        <source>The print system did not take the ticket in time.</source>
        <translation>ระบบการพิมพ์ไม่รับบัตรคิวภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>The print system is not installed on this computer (the lp command of CUPS is missing).</source>
        <translation>เครื่องนี้ยังไม่ได้ติดตั้งระบบการพิมพ์ (ไม่พบคำสั่ง lp ของ CUPS)</translation>
    </message>
    <message>
        <source>The print system did not accept the ticket. Check the printer queue &quot;%1&quot;.</source>
        <translation>ระบบการพิมพ์ไม่รับบัตรคิว กรุณาตรวจสอบคิวเครื่องพิมพ์ &quot;%1&quot;</translation>
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
    <message>
        <source>Saduak could not connect to its database server (%1). Check that PostgreSQL is running there, that this computer may connect to it, and the user name and password; if this happens again, contact technical support.</source>
        <translation>สะดวกเชื่อมต่อเครื่องแม่ข่ายฐานข้อมูล (%1) ไม่ได้ โปรดตรวจสอบว่า PostgreSQL ทำงานอยู่ที่เครื่องนั้น เครื่องนี้ได้รับอนุญาตให้เชื่อมต่อ และชื่อผู้ใช้กับรหัสผ่านถูกต้อง หากยังเกิดขึ้นอีก โปรดติดต่อฝ่ายสนับสนุนทางเทคนิค</translation>
    </message>
    <message>
        <source>The database address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation>ที่อยู่ฐานข้อมูลไม่ถูกต้อง โปรดเขียนในรูปแบบ postgresql://ผู้ใช้@เครื่อง:พอร์ต/ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Saduak cannot use a PostgreSQL database on this computer: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>สะดวกใช้ฐานข้อมูล PostgreSQL บนเครื่องนี้ไม่ได้ เนื่องจากยังไม่ได้ติดตั้งไดรเวอร์ PostgreSQL ของ Qt (แพ็กเกจ Debian ชื่อ libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Saduak could not open its database %1 for reading: it needs an upgrade first. Start Saduak normally once with this database.</source>
        <translation>สะดวกเปิดฐานข้อมูล %1 เพื่ออ่านไม่ได้ เพราะต้องปรับรุ่นฐานข้อมูลก่อน โปรดเริ่มสะดวกตามปกติกับฐานข้อมูลนี้หนึ่งครั้ง</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2. Saduak does not start on a damaged file, so nothing more is lost. Keep the file for technical support and restore the latest backup (README, &quot;Backup, check and restore&quot;).</source>
        <translation>ไฟล์ฐานข้อมูล %1 เสียหาย: %2 Saduak จะไม่เริ่มทำงานบนไฟล์ที่เสียหาย ข้อมูลจึงไม่สูญหายเพิ่ม โปรดเก็บไฟล์นี้ไว้ให้ฝ่ายสนับสนุนทางเทคนิค แล้วกู้คืนจากไฟล์สำรองล่าสุด (README หัวข้อ &quot;Backup, check and restore&quot;)</translation>
    </message>
</context>
<context>
    <name>saduak::DatabaseBackup</name>
    <message>
        <source>There is no database file %1 to back up.</source>
        <translation>ไม่มีไฟล์ฐานข้อมูล %1 ให้สำรอง</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file. Give a new name.</source>
        <translation>มี %1 อยู่แล้ว การสำรองจะไม่เขียนทับไฟล์ใด โปรดตั้งชื่อใหม่</translation>
    </message>
    <message>
        <source>The folder %1 for the backup does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ %1 สำหรับไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The backup file %1 could not be made.</source>
        <translation>สร้างไฟล์สำรอง %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 could not be copied (SQLite: %2). Check it with the check command.</source>
        <translation>คัดลอก %1 ไม่ได้ (SQLite: %2) โปรดตรวจด้วยคำสั่ง check</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>เขียนไฟล์สำรอง %1 ลงดิสก์ไม่ได้</translation>
    </message>
    <message>
        <source>The copy of %1 is not whole (%2); it was not kept.</source>
        <translation>สำเนาของ %1 ไม่สมบูรณ์ (%2) จึงไม่ได้เก็บไว้</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>ตั้งชื่อไฟล์สำรองเป็น %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>saduak::DeadLetterCommands</name>
    <message>
        <source>The branch hub could not read the rows central refused. Please try again.</source>
        <translation>ศูนย์กลางสาขาอ่านรายการที่ส่วนกลางปฏิเสธไม่ได้ กรุณาลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::DeadLetterModel</name>
    <message>
        <source>Refused at</source>
        <translation>ปฏิเสธเมื่อ</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>สถานะ HTTP</translation>
    </message>
    <message>
        <source>Central&apos;s reason</source>
        <translation>เหตุผลของส่วนกลาง</translation>
    </message>
    <message>
        <source>Outbox no.</source>
        <translation>ลำดับในกล่องส่งออก</translation>
    </message>
</context>
<context>
    <name>saduak::DeadLettersPanel</name>
    <message>
        <source>Rows central refused for good. They stay in the hub and are not sent again; the rows after them go on as usual. Copy the selected rows for support: what and why, never the content.</source>
        <translation>รายการที่ส่วนกลางปฏิเสธถาวร รายการเหล่านี้คงอยู่ในศูนย์กลางสาขาและจะไม่ถูกส่งอีก ส่วนรายการถัดไปยังส่งตามปกติ คัดลอกแถวที่เลือกเพื่อส่งให้ฝ่ายสนับสนุนได้ (บอกว่าเป็นอะไรและเหตุใด ไม่มีเนื้อหาของรายการ)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>This branch&apos;s hub does not send to central (none is configured).</source>
        <translation>ศูนย์กลางสาขานี้ไม่ได้ส่งข้อมูลไปส่วนกลาง (ยังไม่ได้ตั้งค่า)</translation>
    </message>
    <message>
        <source> · none refused by central</source>
        <translation> · ส่วนกลางไม่ได้ปฏิเสธรายการใด</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>ข้อผิดพลาดล่าสุด: %1</translation>
    </message>
    <message>
        <source>The latest %1 of %2 are listed.</source>
        <translation>แสดง %1 รายการล่าสุดจากทั้งหมด %2 รายการ</translation>
    </message>
</context>
<context>
    <name>saduak::DeskAccounts</name>
    <message>
        <source>A user name is 1 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>ชื่อผู้ใช้ต้องมี 1 ถึง 64 ตัว เป็นอักษรอังกฤษตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง</translation>
    </message>
    <message>
        <source>The officer needs a name.</source>
        <translation>ต้องระบุชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>There is an officer &quot;%1&quot; already.</source>
        <translation>มีเจ้าหน้าที่ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>saduak::DeskCommands</name>
    <message>
        <source>add-officer, remove-officer: the officer&apos;s user name (small letters, digits, . _ -).</source>
        <translation>add-officer, remove-officer: ชื่อผู้ใช้ของเจ้าหน้าที่ (อักษรตัวเล็ก ตัวเลข . _ -)</translation>
    </message>
    <message>
        <source>%1 needs --user NAME.</source>
        <translation>%1 ต้องมี --user NAME</translation>
    </message>
    <message>
        <source>Officer %1 removed; their sessions ended. The history keeps their user name.</source>
        <translation>ลบเจ้าหน้าที่ %1 แล้ว การเข้าใช้ทั้งหมดสิ้นสุดแล้ว ประวัติยังเก็บชื่อผู้ใช้ไว้</translation>
    </message>
    <message>
        <source>There is no officer &quot;%1&quot;.</source>
        <translation>ไม่มีเจ้าหน้าที่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add-officer needs --name &quot;the officer&apos;s name&quot; (and may take --agency).</source>
        <translation>add-officer ต้องมี --name &quot;ชื่อเจ้าหน้าที่&quot; (และใส่ --agency ได้)</translation>
    </message>
    <message>
        <source>Officer %1 added: they log in at /desk/ of this central.</source>
        <translation>เพิ่มเจ้าหน้าที่ %1 แล้ว เข้าสู่ระบบได้ที่ /desk/ ของส่วนกลางนี้</translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation>ยังไม่ได้เพิ่มเจ้าหน้าที่: %1</translation>
    </message>
</context>
<context>
    <name>saduak::DeskView</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Too many failed log-ins: this user is locked out until %1. Ask the administrator if you forgot the password.</source>
        <translation>เข้าสู่ระบบผิดหลายครั้งเกินไป ผู้ใช้นี้ถูกระงับจนถึง %1 หากลืมรหัสผ่านโปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Central cannot reach its database. Try again later.</source>
        <translation>ส่วนกลางเชื่อมต่อฐานข้อมูลไม่ได้ โปรดลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>No such complaint</source>
        <translation>ไม่พบเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>There is no complaint with this tracking number.</source>
        <translation>ไม่มีเรื่องร้องเรียนที่มีเลขที่เรื่องนี้</translation>
    </message>
    <message>
        <source>There is no such action.</source>
        <translation>ไม่มีการดำเนินการนี้</translation>
    </message>
    <message>
        <source>Someone else changed this complaint meanwhile. Nothing was changed: look at it again and choose again.</source>
        <translation>มีผู้อื่นเปลี่ยนเรื่องนี้ในระหว่างนั้น ยังไม่มีการเปลี่ยนแปลงใด โปรดดูเรื่องอีกครั้งแล้วเลือกใหม่</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>โปรดลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>Central cannot reach its database. Nothing was changed.</source>
        <translation>ส่วนกลางเชื่อมต่อฐานข้อมูลไม่ได้ ยังไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>Form refused</source>
        <translation>ไม่รับแบบฟอร์ม</translation>
    </message>
    <message>
        <source>This form did not come from a page of this session. Nothing was changed: open the page again.</source>
        <translation>แบบฟอร์มนี้ไม่ได้มาจากหน้าของการเข้าใช้ครั้งนี้ ยังไม่มีการเปลี่ยนแปลงใด โปรดเปิดหน้าใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Saduak complaint desk</source>
        <translation>ระบบรับเรื่องร้องเรียน สะดวก</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>กลับไปที่รายการ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>No complaint matches.</source>
        <translation>ไม่มีเรื่องที่ตรงกับเงื่อนไข</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>เลขที่เรื่อง</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>วันที่ยื่น</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดแจ้งผล</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>หน้าก่อน</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>หน้า %1</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>หน่วยงานที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Tracking number of the original</source>
        <translation>เลขที่เรื่องเดิม</translation>
    </message>
    <message>
        <source>Note (needed; every branch shows it to the complainant: no names or contact details)</source>
        <translation>หมายเหตุ (ต้องกรอก ทุกสาขาแสดงให้ผู้ร้องเรียนเห็น ห้ามใส่ชื่อหรือข้อมูลติดต่อ)</translation>
    </message>
    <message>
        <source>Note (every branch shows it to the complainant: no names or contact details)</source>
        <translation>หมายเหตุ (ทุกสาขาแสดงให้ผู้ร้องเรียนเห็น ห้ามใส่ชื่อหรือข้อมูลติดต่อ)</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>เรื่องร้องเรียน %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>ซ้ำกับเรื่อง</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>เปิดเรื่องใหม่ (ครั้ง)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Not given (anonymous)</source>
        <translation>ไม่ระบุ (ไม่ประสงค์ออกนาม)</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Filed at the branch</source>
        <translation>ยื่นที่สาขา</translation>
    </message>
    <message>
        <source>Change the state</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <source>No action is possible in this state.</source>
        <translation>สถานะนี้ไม่มีการดำเนินการใดทำได้</translation>
    </message>
    <message>
        <source>This log-in form has expired or did not come from the desk. Please log in again.</source>
        <translation>แบบฟอร์มเข้าสู่ระบบนี้หมดอายุหรือไม่ได้มาจากระบบรับเรื่องร้องเรียน กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>This complaint has no such attachment, or it has not arrived at central yet.</source>
        <translation>เรื่องร้องเรียนนี้ไม่มีไฟล์แนบนี้ หรือไฟล์ยังมาไม่ถึงส่วนกลาง</translation>
    </message>
    <message>
        <source>File damaged</source>
        <translation>ไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>This file did not arrive at central as the branch sent it, so it is not shown. Please report it to central&apos;s administrator.</source>
        <translation>ไฟล์นี้มาถึงส่วนกลางไม่ตรงกับที่สาขาส่ง จึงไม่แสดง กรุณาแจ้งผู้ดูแลระบบส่วนกลาง</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>ภาพถ่าย JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>ภาพ PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 กิโลไบต์</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 เมกะไบต์</translation>
    </message>
    <message>
        <source>not arrived yet: the branch is still sending it</source>
        <translation>ยังมาไม่ถึง: สาขายังส่งไฟล์นี้ไม่ครบ</translation>
    </message>
    <message>
        <source>Area e-report</source>
        <translation>รายงานอิเล็กทรอนิกส์ระดับพื้นที่</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceCommands</name>
    <message>
        <source>The branch hub could not read or save its devices. Please try again.</source>
        <translation>ศูนย์กลางสาขาอ่านหรือบันทึกข้อมูลเครื่องไม่ได้ กรุณาลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>There is no paired device with the id %1, or its pairing was revoked.</source>
        <translation>ไม่มีเครื่องที่จับคู่ไว้ด้วยรหัส %1 หรือการจับคู่ของเครื่องนั้นถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>ต้องตั้งชื่อเครื่อง</translation>
    </message>
    <message>
        <source>Only a counter PC is bound to a counter; this device is not one.</source>
        <translation>ผูกกับช่องบริการได้เฉพาะเครื่องประจำช่องบริการ เครื่องนี้ไม่ใช่เครื่องประจำช่องบริการ</translation>
    </message>
    <message>
        <source>You cannot revoke the PC you are working at. Revoke it from another supervisor&apos;s PC, or with saduak-hub revoke-device.</source>
        <translation>ยกเลิกการจับคู่เครื่องที่คุณกำลังใช้งานอยู่ไม่ได้ ให้ยกเลิกจากเครื่องของหัวหน้าศูนย์เครื่องอื่น หรือใช้คำสั่ง saduak-hub revoke-device</translation>
    </message>
    <message>
        <source>The branch has no counter %1. Choose one of the branch&apos;s counters.</source>
        <translation>สาขานี้ไม่มีช่องบริการ %1 กรุณาเลือกช่องบริการที่สาขามี</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceListModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>เพิกถอนเมื่อ %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>เชื่อมต่ออยู่</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ขณะนี้</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ไม่เคยเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>รุ่นโปรแกรม</translation>
    </message>
</context>
<context>
    <name>saduak::DevicePrinter</name>
    <message>
        <source>The ticket printer stopped taking data. Check the paper and the printer cover.</source>
        <translation>เครื่องพิมพ์บัตรคิวหยุดรับข้อมูล กรุณาตรวจสอบกระดาษและฝาเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>The ticket printer is not connected. Check its cable and that it is switched on.</source>
        <translation>เครื่องพิมพ์บัตรคิวไม่ได้เชื่อมต่อ กรุณาตรวจสอบสายและเปิดเครื่อง</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the ticket printer. Ask the administrator to give it access to the printer (group lp).</source>
        <translation>ผู้ใช้ของเครื่องนี้ไม่มีสิทธิ์ใช้เครื่องพิมพ์บัตรคิว กรุณาให้ผู้ดูแลระบบเพิ่มสิทธิ์ (กลุ่ม lp)</translation>
    </message>
    <message>
        <source>The ticket could not be sent to the printer.</source>
        <translation>ส่งบัตรคิวไปยังเครื่องพิมพ์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceRole</name>
    <message>
        <source>Counter PC</source>
        <translation>เครื่องประจำช่องบริการ</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>ตู้บริการตนเอง</translation>
    </message>
    <message>
        <source>Display board</source>
        <translation>จอแสดงคิว</translation>
    </message>
    <message>
        <source>Supervisor&apos;s PC</source>
        <translation>เครื่องของหัวหน้าศูนย์</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceStore</name>
    <message>
        <source>A counter PC is paired with the number of its counter (--counter N).</source>
        <translation>เครื่องประจำช่องบริการต้องจับคู่พร้อมหมายเลขช่องบริการ (--counter หมายเลขช่อง)</translation>
    </message>
    <message>
        <source>Only a counter PC is paired with a counter number.</source>
        <translation>ระบุหมายเลขช่องบริการได้เฉพาะเครื่องประจำช่องบริการเท่านั้น</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>ต้องตั้งชื่อเครื่อง</translation>
    </message>
    <message>
        <source>There is no paired device with the id %1 (or it is revoked already).</source>
        <translation>ไม่มีเครื่องที่จับคู่ไว้ด้วยรหัส %1 (หรือถูกยกเลิกไปแล้ว)</translation>
    </message>
    <message>
        <source>There is no paired device with the id %1 (or it is revoked).</source>
        <translation>ไม่มีเครื่องที่จับคู่ไว้ด้วยรหัส %1 (หรือถูกยกเลิกแล้ว)</translation>
    </message>
    <message>
        <source>There is no counter PC with the id %1 (or it is revoked).</source>
        <translation>ไม่มีเครื่องประจำช่องบริการรหัส %1 (หรือถูกยกเลิกแล้ว)</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceWorkplace</name>
    <message>
        <source>This counter PC was paired without a counter number. Ask the branch&apos;s administrator to pair it again with its counter (saduak-hub pair-device --counter).</source>
        <translation>เครื่องประจำช่องบริการนี้จับคู่ไว้โดยไม่มีหมายเลขช่อง กรุณาให้ผู้ดูแลระบบของสาขาจับคู่เครื่องใหม่พร้อมหมายเลขช่อง (saduak-hub pair-device --counter)</translation>
    </message>
    <message>
        <source>This PC is paired as counter %1 and may act for that counter only.</source>
        <translation>เครื่องนี้จับคู่เป็นช่องบริการ %1 จึงทำงานได้เฉพาะช่องบริการนั้น</translation>
    </message>
    <message>
        <source>A kiosk or a display board does not act for a counter.</source>
        <translation>ตู้บริการตนเองหรือจอแสดงคิวทำงานในนามช่องบริการไม่ได้</translation>
    </message>
    <message>
        <source>A counter officer acts only at their own counter&apos;s PC. Log in there, or ask a supervisor.</source>
        <translation>เจ้าหน้าที่ช่องบริการทำงานได้เฉพาะที่เครื่องของช่องบริการตนเอง กรุณาเข้าสู่ระบบที่เครื่องนั้น หรือขอให้หัวหน้างานดำเนินการ</translation>
    </message>
</context>
<context>
    <name>saduak::DevicesPanel</name>
    <message>
        <source>Every device paired with this branch&apos;s hub. Pair a new one on the hub machine (saduak-hub pair-device).</source>
        <translation>อุปกรณ์ทุกเครื่องที่จับคู่กับศูนย์กลางสาขานี้ หากจะจับคู่เครื่องใหม่ ให้ทำที่เครื่องศูนย์กลางสาขา (saduak-hub pair-device)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <source>Re-bind counter…</source>
        <translation>ย้ายช่องบริการ…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>เพิกถอน…</translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation>เปลี่ยนชื่ออุปกรณ์</translation>
    </message>
    <message>
        <source>New name for %1 (%2):</source>
        <translation>ชื่อใหม่ของ %1 (%2):</translation>
    </message>
    <message>
        <source>Re-bind counter</source>
        <translation>ย้ายช่องบริการ</translation>
    </message>
    <message>
        <source>%1 works at counter %2. Counter it moves to (it reconnects, and the person logged in there stays):</source>
        <translation>%1 ประจำช่องบริการ %2 ช่องบริการที่จะย้ายไป (เครื่องจะเชื่อมต่อใหม่ และผู้ที่เข้าสู่ระบบอยู่ยังคงอยู่):</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>เพิกถอนอุปกรณ์</translation>
    </message>
    <message>
        <source>Revoke %1 (%2)? It is cut off from the hub at once and cannot connect again until it is paired anew on the hub machine.</source>
        <translation>เพิกถอน %1 (%2) หรือไม่ เครื่องจะถูกตัดการเชื่อมต่อจากศูนย์กลางสาขาทันที และเชื่อมต่อไม่ได้อีกจนกว่าจะจับคู่ใหม่ที่เครื่องศูนย์กลางสาขา</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>เพิกถอน</translation>
    </message>
    <message>
        <source>%1 is revoked: it is cut off from the hub.</source>
        <translation>เพิกถอน %1 แล้ว เครื่องถูกตัดการเชื่อมต่อจากศูนย์กลางสาขา</translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation>แก้ไข %1 แล้ว</translation>
    </message>
    <message>
        <source>The branch&apos;s counters could not be read. Please try again.</source>
        <translation>อ่านรายการช่องบริการของสาขาไม่ได้ กรุณาลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::DisplayWindow</name>
    <message>
        <source>Display board</source>
        <translation>จอแสดงคิว</translation>
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
    <message>
        <source>This board is not connected: %1. Please tell a staff member.</source>
        <translation>จอแสดงคิวนี้ไม่ได้เชื่อมต่อ: %1 กรุณาแจ้งเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Reconnecting to the queue system… The calls below may not be the latest.</source>
        <translation>กำลังเชื่อมต่อระบบคิวใหม่… รายการเรียกคิวด้านล่างอาจยังไม่เป็นปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>saduak::DurationText</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 นาที</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saduak::EReportCommands</name>
    <message>
        <source>An e-report covers from 1 to %3 days, from a day to the same or a later day; %1 to %2 is not such a period.</source>
        <translation>รายงานอิเล็กทรอนิกส์ครอบคลุม 1 ถึง %3 วัน ตั้งแต่วันหนึ่งถึงวันเดียวกันหรือวันหลังจากนั้น ช่วง %1 ถึง %2 ไม่ใช่ช่วงเช่นนั้น</translation>
    </message>
    <message>
        <source>The branch hub could not read its events for the e-report. Please try again.</source>
        <translation>ศูนย์กลางสาขาอ่านเหตุการณ์สำหรับรายงานอิเล็กทรอนิกส์ไม่ได้ กรุณาลองใหม่อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::EReportCsv</name>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>ศูนย์บริการ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>จำแนกตาม</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกบัตรคิว</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>เรียกแล้ว</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>ให้บริการแล้ว</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>ไม่มาติดต่อ</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Wait p50 (min)</source>
        <translation>เวลารอ p50 (นาที)</translation>
    </message>
    <message>
        <source>Wait p90 (min)</source>
        <translation>เวลารอ p90 (นาที)</translation>
    </message>
    <message>
        <source>Service time p50 (min)</source>
        <translation>เวลาให้บริการ p50 (นาที)</translation>
    </message>
    <message>
        <source>Service time p90 (min)</source>
        <translation>เวลาให้บริการ p90 (นาที)</translation>
    </message>
    <message>
        <source>Called within target (%)</source>
        <translation>เรียกภายในเวลาเป้าหมาย (%)</translation>
    </message>
</context>
<context>
    <name>saduak::EReportPdf</name>
    <message>
        <source>Daily service report, %1</source>
        <translation>รายงานผลการให้บริการประจำวันที่ %1</translation>
    </message>
    <message>
        <source>Monthly service report, %1</source>
        <translation>รายงานผลการให้บริการประจำเดือน%1</translation>
    </message>
    <message>
        <source>Service report, %1 to %2</source>
        <translation>รายงานผลการให้บริการ ตั้งแต่วันที่ %1 ถึงวันที่ %2</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>จำแนกตามช่องบริการ</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>จำแนกตามเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>By hour of the day</source>
        <translation>จำแนกตามช่วงเวลาของวัน</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>ออกบัตรคิว %1</translation>
    </message>
    <message>
        <source>Served %1</source>
        <translation>ให้บริการแล้ว %1</translation>
    </message>
    <message>
        <source>No-shows %1</source>
        <translation>ไม่มาติดต่อ %1</translation>
    </message>
    <message>
        <source>Called within target %1</source>
        <translation>เรียกภายในเวลาเป้าหมาย %1</translation>
    </message>
    <message>
        <source>Times in minutes. p50: half of the waits (or services) were at most this long; p90: nine in ten were. Within target: called within the service&apos;s target wait.</source>
        <translation>เวลาเป็นนาที p50: ครึ่งหนึ่งของการรอ (หรือการให้บริการ) ใช้เวลาไม่เกินนี้ p90: เก้าในสิบใช้เวลาไม่เกินนี้ ภายในเป้าหมาย: เรียกภายในเวลารอเป้าหมายของบริการ</translation>
    </message>
    <message>
        <source>Served per hour</source>
        <translation>จำนวนที่ให้บริการแล้วรายชั่วโมง</translation>
    </message>
    <message>
        <source>Wait per service (minutes)</source>
        <translation>เวลารอแยกตามบริการ (นาที)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกบัตรคิว</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>เรียกแล้ว</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>ให้บริการแล้ว</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>ไม่มาติดต่อ</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Wait p50</source>
        <translation>รอ p50</translation>
    </message>
    <message>
        <source>Wait p90</source>
        <translation>รอ p90</translation>
    </message>
    <message>
        <source>Service p50</source>
        <translation>บริการ p50</translation>
    </message>
    <message>
        <source>Service p90</source>
        <translation>บริการ p90</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>ภายในเป้า (%)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>ไม่มีข้อมูลในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (ต่อ)</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>จำแนกตามบริการ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1/%2</translation>
    </message>
    <message>
        <source>The e-report&apos;s charts can be drawn only by a program with a screen (a QApplication; the offscreen platform will do), in its main thread.</source>
        <translation>แผนภูมิของรายงานวาดได้เฉพาะในโปรแกรมที่มีหน้าจอ (QApplication หรือแพลตฟอร์ม offscreen) และในเธรดหลักเท่านั้น</translation>
    </message>
    <message>
        <source>The e-report has no valid period.</source>
        <translation>รายงานไม่มีช่วงเวลาที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>เขียนไฟล์ PDF %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>เริ่มสร้าง PDF ไม่ได้</translation>
    </message>
</context>
<context>
    <name>saduak::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <source>Today so far (%1)</source>
        <translation>วันนี้ถึงขณะนี้ (%1)</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>This month so far (%1)</source>
        <translation>เดือนนี้ถึงขณะนี้ (%1)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (ตารางคำนวณ)</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (สำหรับพิมพ์)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>saduak::FirstAdminDialog</name>
    <message>
        <source>Create the branch&apos;s first administrator</source>
        <translation>สร้างผู้ดูแลระบบคนแรกของศูนย์</translation>
    </message>
    <message>
        <source>Nobody can log in at this branch yet. Create the account of its first administrator, who then logs in here. More staff accounts are added with saduak-hub add-staff.</source>
        <translation>ยังไม่มีผู้ใดเข้าสู่ระบบที่ศูนย์นี้ได้ กรุณาสร้างบัญชีผู้ดูแลระบบคนแรก แล้วเข้าสู่ระบบที่หน้าจอนี้ บัญชีเจ้าหน้าที่อื่นเพิ่มได้ด้วยคำสั่ง saduak-hub add-staff</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Password (at least 10 characters)</source>
        <translation>รหัสผ่าน (อย่างน้อย 10 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>สร้างผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน กรุณาพิมพ์รหัสผ่านเดียวกันสองครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::HolidayDialog</name>
    <message>
        <source>Add a holiday</source>
        <translation>เพิ่มวันหยุด</translation>
    </message>
    <message>
        <source>On a holiday the kiosk issues no tickets for any service; staff at a counter still may.</source>
        <translation>ในวันหยุด ตู้บริการจะไม่ออกบัตรคิวทุกบริการ แต่เจ้าหน้าที่ที่ช่องบริการยังออกบัตรได้</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>as citizens will read it, e.g. วันรัฐธรรมนูญ</source>
        <translation>ตามที่ประชาชนจะเห็น เช่น วันรัฐธรรมนูญ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>%1 is already a holiday: %2.</source>
        <translation>%1 เป็นวันหยุดอยู่แล้ว: %2</translation>
    </message>
    <message>
        <source>Give the holiday a name.</source>
        <translation>กรุณาตั้งชื่อวันหยุด</translation>
    </message>
</context>
<context>
    <name>saduak::HostModulePrinting</name>
    <message>
        <source>The receipt was not printed: this PC has no receipt printer. Set &quot;printing/receiptPrinter&quot; (or the kiosk&apos;s &quot;kiosk/printer&quot;) in the settings file, for example to socket://192.168.1.50:9100 or pdf:/path/to/folder.</source>
        <translation>พิมพ์ใบรับไม่สำเร็จ: เครื่องนี้ยังไม่ได้กำหนดเครื่องพิมพ์ใบรับ กรุณาตั้งค่า &quot;printing/receiptPrinter&quot; (หรือ &quot;kiosk/printer&quot; ของตู้บริการ) ในไฟล์การตั้งค่า เช่น socket://192.168.1.50:9100 หรือ pdf:/path/to/folder</translation>
    </message>
    <message>
        <source>The receipt was not printed: the setting &quot;printing/receiptPrinter&quot; is wrong. %1</source>
        <translation>พิมพ์ใบรับไม่สำเร็จ: การตั้งค่า &quot;printing/receiptPrinter&quot; ไม่ถูกต้อง %1</translation>
    </message>
    <message>
        <source>The form was not printed: this PC has no form printer. Set &quot;printing/formPrinter&quot; in the settings file to pdf:/path/to/folder or pdf+cups:QUEUE.</source>
        <translation>พิมพ์แบบฟอร์มไม่สำเร็จ: เครื่องนี้ยังไม่ได้กำหนดเครื่องพิมพ์แบบฟอร์ม กรุณาตั้งค่า &quot;printing/formPrinter&quot; ในไฟล์การตั้งค่าเป็น pdf:/path/to/folder หรือ pdf+cups:QUEUE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ticket printer; forms are A4 PDF documents: use pdf:/path/to/folder or pdf+cups:QUEUE.</source>
        <translation>&quot;%1&quot; เป็นเครื่องพิมพ์บัตรคิว แต่แบบฟอร์มเป็นเอกสาร PDF ขนาด A4 กรุณาใช้ pdf:/path/to/folder หรือ pdf+cups:QUEUE</translation>
    </message>
    <message>
        <source>The form was not printed: the setting &quot;printing/formPrinter&quot; is wrong. %1</source>
        <translation>พิมพ์แบบฟอร์มไม่สำเร็จ: การตั้งค่า &quot;printing/formPrinter&quot; ไม่ถูกต้อง %1</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>พิมพ์ใบรับไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>The form was not printed: %1</source>
        <translation>พิมพ์แบบฟอร์มไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>saduak::HourlyChart</name>
    <message>
        <source>Today per hour</source>
        <translation>วันนี้รายชั่วโมง</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกบัตรคิว</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>ให้บริการแล้ว</translation>
    </message>
</context>
<context>
    <name>saduak::HubClient</name>
    <message>
        <source>The hub&apos;s address is wss:// but this device has no pin of the hub&apos;s key. Enter the pin shown at pairing (hub/pinSha256, or --hub-pin) and start again.</source>
        <translation>ที่อยู่ของศูนย์กลางสาขาเป็น wss:// แต่เครื่องนี้ไม่มีค่า pin ของกุญแจศูนย์กลางสาขา กรุณาใส่ค่า pin ที่แสดงตอนจับคู่เครื่อง (hub/pinSha256 หรือ --hub-pin) แล้วเริ่มใหม่</translation>
    </message>
    <message>
        <source>The hub&apos;s key is not the one this device was paired with (hub/pinSha256). Nothing was sent to it. Check the hub&apos;s address; if the hub has a new certificate, enter its new pin.</source>
        <translation>กุญแจของศูนย์กลางสาขาไม่ตรงกับที่เครื่องนี้ได้รับตอนจับคู่ (hub/pinSha256) จึงไม่ได้ส่งข้อมูลใดไปให้ กรุณาตรวจสอบที่อยู่ของศูนย์กลางสาขา หากศูนย์กลางสาขาเปลี่ยนใบรับรองใหม่ ให้ใส่ค่า pin ใหม่</translation>
    </message>
    <message>
        <source>The hub&apos;s address is ws://, which sends this device&apos;s token across the LAN in clear. Use wss://%1:%2 with the pin shown at pairing (hub/url and hub/pinSha256, or --hub and --hub-pin).</source>
        <translation>ที่อยู่ของศูนย์กลางสาขาเป็น ws:// ซึ่งจะส่งรหัสจับคู่ของเครื่องนี้ผ่านเครือข่าย LAN โดยไม่เข้ารหัส กรุณาใช้ wss://%1:%2 พร้อมค่า pin ที่แสดงตอนจับคู่ (hub/url และ hub/pinSha256 หรือ --hub และ --hub-pin)</translation>
    </message>
</context>
<context>
    <name>saduak::HubModules</name>
    <message>
        <source>The branch hub could not save this, so nothing was changed. Please try again.</source>
        <translation>ศูนย์กลางสาขาบันทึกรายการนี้ไม่ได้ จึงยังไม่มีการเปลี่ยนแปลงใด ๆ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This request id was used before for another request (%1); nothing was done. Send the request with a new id.</source>
        <translation>รหัสคำขอนี้เคยใช้กับคำขออื่นแล้ว (%1) จึงไม่ได้ดำเนินการใด ๆ กรุณาส่งคำขอด้วยรหัสใหม่</translation>
    </message>
</context>
<context>
    <name>saduak::HubServer</name>
    <message>
        <source>The hub cannot listen on port %1: %2</source>
        <translation>ศูนย์กลางสาขาเปิดพอร์ต %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Messages are JSON text, not binary.</source>
        <translation>ข้อความต้องเป็นข้อความ JSON ไม่ใช่ข้อมูลไบนารี</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>ข้อความมีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>ข้อความไม่ใช่ออบเจกต์ JSON</translation>
    </message>
    <message>
        <source>Every message needs a &quot;type&quot; and an &quot;id&quot; (text, at most 128 characters).</source>
        <translation>ทุกข้อความต้องมี &quot;type&quot; และ &quot;id&quot; (ข้อความ ยาวไม่เกิน 128 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Say hello with a pairing token first.</source>
        <translation>กรุณาส่ง hello พร้อมรหัสจับคู่ก่อน</translation>
    </message>
    <message>
        <source>This hub speaks protocol version %1 only; update Saduak on this device.</source>
        <translation>ศูนย์กลางสาขานี้รองรับโพรโทคอลรุ่น %1 เท่านั้น กรุณาปรับรุ่นสะดวกบนเครื่องนี้</translation>
    </message>
    <message>
        <source>This device is not paired with the hub, or its pairing was revoked. Ask the supervisor to pair it.</source>
        <translation>เครื่องนี้ยังไม่ได้จับคู่กับศูนย์กลางสาขา หรือการจับคู่ถูกยกเลิกแล้ว กรุณาให้หัวหน้างานจับคู่เครื่อง</translation>
    </message>
    <message>
        <source>Too many failed attempts to connect from this computer. Try again in %1 seconds.</source>
        <translation>มีการพยายามเชื่อมต่อที่ไม่สำเร็จจากเครื่องนี้มากเกินไป กรุณาลองใหม่ในอีก %1 วินาที</translation>
    </message>
</context>
<context>
    <name>saduak::IngestStore</name>
    <message>
        <source>Central holds no such row of this branch.</source>
        <translation>ส่วนกลางไม่มีรายการนี้ของสาขานี้</translation>
    </message>
    <message>
        <source>The personal data of this row cannot be read without central&apos;s key file.</source>
        <translation>อ่านข้อมูลส่วนบุคคลของรายการนี้ไม่ได้หากไม่มีไฟล์กุญแจของส่วนกลาง</translation>
    </message>
    <message>
        <source>The personal data of this row does not fit its payload.</source>
        <translation>ข้อมูลส่วนบุคคลของรายการนี้ไม่ตรงกับเนื้อหาของรายการ</translation>
    </message>
</context>
<context>
    <name>saduak::KioskModulePages</name>
    <message>
        <source>← Back to the services</source>
        <translation>← กลับไปหน้าบริการ</translation>
    </message>
</context>
<context>
    <name>saduak::KioskResultPage</name>
    <message>
        <source>No queue right now</source>
        <translation>ขณะนี้ไม่มีคิวรอ</translation>
    </message>
    <message numerus="yes">
        <source>About %n min wait</source>
        <translation>
            <numerusform>รอประมาณ %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>พิมพ์บัตรคิวอีกครั้ง</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>หมายเลขคิวของท่าน</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting ahead of you</source>
        <translation>
            <numerusform>มีผู้รอก่อนหน้าท่าน %n คิว</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next in line</source>
        <translation>ท่านเป็นคิวถัดไป</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>เวลารอโดยประมาณ: %1</translation>
    </message>
    <message>
        <source>Please wait for your number to be shown on the screen.</source>
        <translation>กรุณารอเรียกหมายเลขของท่านบนจอแสดงคิว</translation>
    </message>
    <message>
        <source>This kiosk does not print tickets. Please remember your number: %1</source>
        <translation>ตู้นี้ไม่พิมพ์บัตรคิว กรุณาจดจำหมายเลขของท่าน: %1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>กำลังพิมพ์บัตรคิว…</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>กรุณารับบัตรคิวที่ช่องด้านล่าง</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper. Please remember your number: %1. Staff have been told.</source>
        <translation>เครื่องพิมพ์บัตรคิวกระดาษหมด กรุณาจดจำหมายเลขของท่าน: %1 ระบบได้แจ้งเจ้าหน้าที่แล้ว</translation>
    </message>
    <message>
        <source>The ticket printer is not working right now. Please remember your number: %1. Staff have been told.</source>
        <translation>ขณะนี้เครื่องพิมพ์บัตรคิวขัดข้อง กรุณาจดจำหมายเลขของท่าน: %1 ระบบได้แจ้งเจ้าหน้าที่แล้ว</translation>
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
    <message>
        <source>Sorry, no ticket could be issued. Please ask a staff member.</source>
        <translation>ขออภัย ไม่สามารถออกบัตรคิวได้ กรุณาติดต่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Sorry, no ticket could be issued: %1</source>
        <translation>ขออภัย ไม่สามารถออกบัตรคิวได้: %1</translation>
    </message>
    <message>
        <source>Tickets cannot be issued here. Please ask a staff member.</source>
        <translation>เครื่องนี้ออกบัตรคิวไม่ได้ กรุณาติดต่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Tickets cannot be issued right now: the kiosk is waiting for the queue system. Please wait a moment or ask a staff member.</source>
        <translation>ขณะนี้ยังออกบัตรคิวไม่ได้ เนื่องจากกำลังรอการเชื่อมต่อกับระบบคิว กรุณารอสักครู่หรือติดต่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper: your number will be shown on the screen, please remember it.</source>
        <translation>เครื่องพิมพ์บัตรคิวกระดาษหมด หมายเลขคิวจะแสดงบนหน้าจอ กรุณาจดจำหมายเลขของท่าน</translation>
    </message>
    <message>
        <source>The ticket printer is not working: your number will be shown on the screen, please remember it.</source>
        <translation>เครื่องพิมพ์บัตรคิวขัดข้อง หมายเลขคิวจะแสดงบนหน้าจอ กรุณาจดจำหมายเลขของท่าน</translation>
    </message>
    <message>
        <source>Waiting for the queue system… Your ticket will be shown and printed as soon as it answers.</source>
        <translation>กำลังรอระบบคิว… บัตรคิวของท่านจะแสดงและพิมพ์ออกมาทันทีที่ระบบตอบกลับ</translation>
    </message>
    <message>
        <source>Issuing your ticket…</source>
        <translation>กำลังออกบัตรคิว…</translation>
    </message>
    <message>
        <source>Aged 60 or over? Insert your ID card before you touch a service, to get a priority ticket.</source>
        <translation>อายุ 60 ปีขึ้นไป? เสียบบัตรประจำตัวประชาชนก่อนแตะเลือกบริการ เพื่อรับบัตรคิวผู้สูงอายุ</translation>
    </message>
    <message>
        <source>Your ID card was read: your ticket will have elderly priority. Touch the service you came for.</source>
        <translation>อ่านบัตรประจำตัวประชาชนแล้ว บัตรคิวของท่านจะเป็นคิวผู้สูงอายุ กรุณาแตะเลือกบริการที่ต้องการ</translation>
    </message>
    <message>
        <source>Your ID card was read. Touch the service you came for.</source>
        <translation>อ่านบัตรประจำตัวประชาชนแล้ว กรุณาแตะเลือกบริการที่ต้องการ</translation>
    </message>
    <message>
        <source>The center is closed now. It opens at %1.</source>
        <translation>ศูนย์ฯ ยังไม่เปิดให้บริการ จะเปิดเวลา %1 น.</translation>
    </message>
    <message>
        <source>The center has closed for today. It opens again at %1.</source>
        <translation>ศูนย์ฯ ปิดให้บริการแล้วสำหรับวันนี้ จะเปิดอีกครั้งเวลา %1 น.</translation>
    </message>
    <message>
        <source>Closed now · open %1–%2</source>
        <translation>ปิดอยู่ · เปิดเวลา %1–%2 น.</translation>
    </message>
    <message>
        <source>The center is closed today for a holiday: %1.</source>
        <translation>ศูนย์ปิดให้บริการวันนี้ เนื่องใน%1</translation>
    </message>
    <message>
        <source>The center is closed today.</source>
        <translation>ศูนย์ปิดให้บริการวันนี้</translation>
    </message>
    <message>
        <source>Closed today: %1</source>
        <translation>ปิดวันนี้: %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>ปิดบริการ%1</translation>
    </message>
</context>
<context>
    <name>saduak::LinkStatus</name>
    <message>
        <source>Connecting to the hub…</source>
        <translation>กำลังเชื่อมต่อกับระบบคิวกลาง…</translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation>เชื่อมต่อกับระบบคิวกลางแล้ว</translation>
    </message>
    <message>
        <source>Connection to the hub lost, reconnecting…</source>
        <translation>การเชื่อมต่อกับระบบคิวกลางขาดหาย กำลังเชื่อมต่อใหม่…</translation>
    </message>
    <message>
        <source>The hub refused this PC. Call support.</source>
        <translation>ระบบคิวกลางไม่อนุญาตให้เครื่องนี้เชื่อมต่อ กรุณาติดต่อฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>The hub refused this PC: %1</source>
        <translation>ระบบคิวกลางไม่อนุญาตให้เครื่องนี้เชื่อมต่อ: %1</translation>
    </message>
</context>
<context>
    <name>saduak::LogInPanel</name>
    <message>
        <source>Switch officer</source>
        <translation>เปลี่ยนเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>The next officer logs in with their own user name and password.</source>
        <translation>เจ้าหน้าที่คนถัดไปเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านของตนเอง</translation>
    </message>
    <message>
        <source>Log in with your user name and password to work at this screen.</source>
        <translation>เข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านของท่านเพื่อเริ่มงานที่หน้าจอนี้</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>saduak::LongReads</name>
    <message>
        <source>The branch hub could not read its database for this report. Please try again.</source>
        <translation>ศูนย์กลางสาขาอ่านฐานข้อมูลสำหรับรายงานนี้ไม่ได้ กรุณาลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The branch hub is already reading %1 long reports. Please try again in a minute.</source>
        <translation>ศูนย์กลางสาขากำลังอ่านรายงานขนาดใหญ่อยู่ %1 รายการ กรุณาลองใหม่อีกครั้งในอีกหนึ่งนาที</translation>
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
    <name>saduak::ModuleContext</name>
    <message>
        <source>This computer cannot reach the branch hub, so nothing was saved. Check the network cable, then try again.</source>
        <translation>เครื่องนี้ติดต่อศูนย์กลางสาขาไม่ได้ จึงยังไม่ได้บันทึกสิ่งใด ตรวจสอบสายเครือข่ายแล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::MoveTicketDialog</name>
    <message>
        <source>Move a waiting ticket</source>
        <translation>ย้ายบัตรคิวที่รออยู่</translation>
    </message>
    <message>
        <source>The ticket keeps its number and its place by how long it has waited: it is not sent to the back of the other service&apos;s queue.</source>
        <translation>บัตรคิวคงหมายเลขเดิมและลำดับตามเวลาที่รอมาแล้ว ไม่ต้องไปต่อท้ายคิวของบริการใหม่</translation>
    </message>
    <message>
        <source>%1 · %2 · waited %3 min</source>
        <translation>%1 · %2 · รอแล้ว %3 นาที</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>บัตรคิว:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>ย้ายไปบริการ:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ย้าย</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>No ticket is waiting.</source>
        <translation>ไม่มีบัตรคิวที่รออยู่</translation>
    </message>
    <message>
        <source>The ticket already waits for that service.</source>
        <translation>บัตรคิวนี้รอบริการนั้นอยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>saduak::OnScreenKeyboard</name>
    <message>
        <source>Backspace</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>ขึ้นบรรทัดใหม่</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>เว้นวรรค</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>ENG</source>
        <comment>keyboard key: switches to the English layout</comment>
        <translation>ENG</translation>
    </message>
    <message>
        <source>English keyboard</source>
        <translation>แป้นพิมพ์ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>ไทย</source>
        <comment>keyboard key: switches to the Thai layout</comment>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Thai keyboard</source>
        <translation>แป้นพิมพ์ภาษาไทย</translation>
    </message>
</context>
<context>
    <name>saduak::OpenCounterDialog</name>
    <message>
        <source>Open %1</source>
        <translation>เปิด%1</translation>
    </message>
    <message>
        <source>Open %1 for these services:</source>
        <translation>เปิด%1 สำหรับบริการต่อไปนี้:</translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>เปิดช่องบริการ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>saduak::OwnCertificate</name>
    <message>
        <source>The hub cannot make its own TLS certificate: the program openssl is missing (Debian package openssl). Install it, or give the hub a certificate (--tls-cert and --tls-key, or hub/tlsCert and hub/tlsKey).</source>
        <translation>ศูนย์กลางสาขาสร้างใบรับรอง TLS ของตนเองไม่ได้ เพราะไม่มีโปรแกรม openssl (แพ็กเกจ Debian ชื่อ openssl) กรุณาติดตั้ง หรือระบุใบรับรองให้ศูนย์กลางสาขา (--tls-cert และ --tls-key หรือ hub/tlsCert และ hub/tlsKey)</translation>
    </message>
    <message>
        <source>The hub cannot make its own TLS certificate in %1: openssl says %2</source>
        <translation>ศูนย์กลางสาขาสร้างใบรับรอง TLS ของตนเองใน %1 ไม่ได้ openssl แจ้งว่า %2</translation>
    </message>
    <message>
        <source>The hub&apos;s own certificate is incomplete: %1 is there but %2 is not. Put the missing file back, or move both away to make a new pair (every device then needs the new pin).</source>
        <translation>ใบรับรองของศูนย์กลางสาขาไม่ครบ: มี %1 แต่ไม่มี %2 กรุณานำไฟล์ที่หายไปกลับมา หรือย้ายทั้งสองไฟล์ออกเพื่อสร้างคู่ใหม่ (จากนั้นทุกเครื่องต้องใช้ค่า pin ใหม่)</translation>
    </message>
    <message>
        <source>The hub cannot keep its own TLS certificate in %1.</source>
        <translation>ศูนย์กลางสาขาเก็บใบรับรอง TLS ของตนเองไว้ใน %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>saduak::PcmAudio</name>
    <message>
        <source>Not a WAV file (no RIFF/WAVE header).</source>
        <translation>ไม่ใช่ไฟล์ WAV (ไม่มีส่วนหัว RIFF/WAVE)</translation>
    </message>
    <message>
        <source>The WAV format chunk is damaged.</source>
        <translation>ส่วนรูปแบบของไฟล์ WAV เสียหาย</translation>
    </message>
    <message>
        <source>The WAV is not plain PCM (format %1); save it as 16-bit PCM.</source>
        <translation>ไฟล์ WAV ไม่ใช่ PCM ธรรมดา (รูปแบบ %1) กรุณาบันทึกเป็น PCM 16 บิต</translation>
    </message>
    <message>
        <source>The WAV has %1-bit samples; only 16-bit PCM is used.</source>
        <translation>ไฟล์ WAV ใช้ตัวอย่างเสียง %1 บิต ระบบใช้ได้เฉพาะ PCM 16 บิต</translation>
    </message>
    <message>
        <source>The WAV has %1 channels; only mono or stereo is used.</source>
        <translation>ไฟล์ WAV มี %1 ช่องเสียง ระบบใช้ได้เฉพาะโมโนหรือสเตอริโอ</translation>
    </message>
    <message>
        <source>The WAV sample rate %1 Hz is out of range.</source>
        <translation>อัตราสุ่มตัวอย่าง %1 Hz ของไฟล์ WAV อยู่นอกช่วงที่ใช้ได้</translation>
    </message>
    <message>
        <source>The WAV format chunk is inconsistent (block align %1).</source>
        <translation>ส่วนรูปแบบของไฟล์ WAV ไม่สอดคล้องกัน (block align %1)</translation>
    </message>
    <message>
        <source>The WAV has its data before its format chunk.</source>
        <translation>ไฟล์ WAV มีข้อมูลเสียงอยู่ก่อนส่วนรูปแบบ</translation>
    </message>
    <message>
        <source>The WAV is truncated: %1 bytes of sound announced, %2 present.</source>
        <translation>ไฟล์ WAV ไม่ครบ: ระบุข้อมูลเสียง %1 ไบต์ แต่มีอยู่ %2 ไบต์</translation>
    </message>
    <message>
        <source>The WAV has no sound data.</source>
        <translation>ไฟล์ WAV ไม่มีข้อมูลเสียง</translation>
    </message>
    <message>
        <source>The WAV has no format chunk.</source>
        <translation>ไฟล์ WAV ไม่มีส่วนรูปแบบ</translation>
    </message>
</context>
<context>
    <name>saduak::PdfFolderPrinter</name>
    <message>
        <source>The ticket folder %1 does not exist. Ask a staff member to check the printer settings.</source>
        <translation>ไม่พบโฟลเดอร์บัตรคิว %1 กรุณาแจ้งเจ้าหน้าที่ให้ตรวจสอบการตั้งค่าเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>The kiosk may not write tickets to the folder %1.</source>
        <translation>ตู้บริการไม่มีสิทธิ์บันทึกบัตรคิวลงในโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>The ticket could not be saved as a PDF file.</source>
        <translation>ไม่สามารถบันทึกบัตรคิวเป็นไฟล์ PDF ได้</translation>
    </message>
</context>
<context>
    <name>saduak::PersonalDataCipher</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>ไม่สามารถเริ่มไลบรารีเข้ารหัส (libsodium) ได้</translation>
    </message>
    <message>
        <source>Restore the key file from its backup, or give the right one with --key-file.</source>
        <translation>กู้คืนไฟล์กุญแจจากข้อมูลสำรอง หรือระบุไฟล์ที่ถูกต้องด้วย --key-file</translation>
    </message>
    <message>
        <source>The personal-data key file %1 does not exist. %2 A new central makes one with: saduak-central make-key --key-file %1</source>
        <translation>ไม่พบไฟล์กุญแจข้อมูลส่วนบุคคล %1 %2 หากเป็นระบบส่วนกลางที่ตั้งใหม่ ให้สร้างไฟล์กุญแจด้วยคำสั่ง: saduak-central make-key --key-file %1</translation>
    </message>
    <message>
        <source>The personal-data key file %1 cannot be read: %2. Let the user that runs saduak-central read it (and nobody else).</source>
        <translation>อ่านไฟล์กุญแจข้อมูลส่วนบุคคล %1 ไม่ได้: %2 ให้สิทธิ์อ่านไฟล์นี้แก่ผู้ใช้ที่รัน saduak-central (และห้ามผู้อื่นอ่าน)</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is not a regular file. %2</source>
        <translation>%1 ไม่ใช่ไฟล์ปกติ จึงใช้เป็นไฟล์กุญแจข้อมูลส่วนบุคคลไม่ได้ %2</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is open to other users (mode %2). Allow only its owner, then start again: chmod 600 %1</source>
        <translation>ไฟล์กุญแจข้อมูลส่วนบุคคล %1 เปิดให้ผู้ใช้อื่นเข้าถึงได้ (สิทธิ์ %2) ให้จำกัดสิทธิ์เฉพาะเจ้าของไฟล์ แล้วเริ่มใหม่: chmod 600 %1</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is not a key: it must be one line of base64 text of %2 bytes. %3</source>
        <translation>ไฟล์ %1 ไม่ใช่กุญแจข้อมูลส่วนบุคคล: ไฟล์กุญแจต้องเป็นข้อความ base64 หนึ่งบรรทัด ขนาด %2 ไบต์ %3</translation>
    </message>
    <message>
        <source>The personal-data key file %1 holds a key of %2 bytes; a key is %3 bytes. %4</source>
        <translation>ไฟล์กุญแจข้อมูลส่วนบุคคล %1 มีกุญแจขนาด %2 ไบต์ แต่กุญแจต้องมีขนาด %3 ไบต์ %4</translation>
    </message>
    <message>
        <source>The key file %1 already exists and is left as it is: a new key would make the personal data encrypted with the old one unreadable.</source>
        <translation>มีไฟล์กุญแจ %1 อยู่แล้ว จึงไม่เขียนทับ: กุญแจใหม่จะทำให้อ่านข้อมูลส่วนบุคคลที่เข้ารหัสด้วยกุญแจเดิมไม่ได้</translation>
    </message>
    <message>
        <source>The key file %1 could not be created: %2.</source>
        <translation>สร้างไฟล์กุญแจ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The personal data of this row cannot be decrypted: the key is not the one it was encrypted with, or the stored value was changed.</source>
        <translation>ถอดรหัสข้อมูลส่วนบุคคลของรายการนี้ไม่ได้: กุญแจไม่ใช่กุญแจที่ใช้เข้ารหัส หรือข้อมูลที่เก็บไว้ถูกแก้ไข</translation>
    </message>
    <message>
        <source>The personal data of this row was encrypted with key version %1, which the key file does not hold.</source>
        <translation>ข้อมูลส่วนบุคคลของรายการนี้เข้ารหัสด้วยกุญแจรุ่นที่ %1 ซึ่งไม่มีอยู่ในไฟล์กุญแจ</translation>
    </message>
</context>
<context>
    <name>saduak::PersonalDataKey</name>
    <message>
        <source>A PostgreSQL database needs --key-file FILE, the key of the personal data, kept apart from the database. Make one with: saduak-central make-key --key-file FILE</source>
        <translation>ฐานข้อมูล PostgreSQL ต้องระบุ --key-file FILE ซึ่งเป็นกุญแจของข้อมูลส่วนบุคคล เก็บแยกจากฐานข้อมูล สร้างได้ด้วยคำสั่ง: saduak-central make-key --key-file FILE</translation>
    </message>
    <message>
        <source>Made the personal-data key %1. Back it up now, apart from the database: without it the names, addresses and contact details at central cannot be read.</source>
        <translation>สร้างกุญแจข้อมูลส่วนบุคคล %1 แล้ว ให้สำรองไฟล์นี้ทันที โดยเก็บแยกจากฐานข้อมูล: หากไม่มีกุญแจนี้ จะอ่านชื่อ ที่อยู่ และข้อมูลติดต่อที่ส่วนกลางไม่ได้</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is missing, and the database holds personal data encrypted with a key. Restore the key file from its backup (or give it with --key-file).</source>
        <translation>ไม่พบไฟล์กุญแจข้อมูลส่วนบุคคล %1 แต่ฐานข้อมูลมีข้อมูลส่วนบุคคลที่เข้ารหัสไว้แล้ว ให้กู้คืนไฟล์กุญแจจากข้อมูลสำรอง (หรือระบุด้วย --key-file)</translation>
    </message>
    <message>
        <source>The key in %1 does not decrypt the personal data already in the database: it is not the key they were encrypted with. Start central with the right key file (--key-file), restored from its backup.</source>
        <translation>กุญแจใน %1 ถอดรหัสข้อมูลส่วนบุคคลที่มีอยู่ในฐานข้อมูลไม่ได้ เพราะไม่ใช่กุญแจที่ใช้เข้ารหัส ให้เริ่มระบบส่วนกลางด้วยไฟล์กุญแจที่ถูกต้อง (--key-file) ซึ่งกู้คืนจากข้อมูลสำรอง</translation>
    </message>
</context>
<context>
    <name>saduak::ProcessAudioSink</name>
    <message>
        <source>No audio player found: install alsa-utils (aplay) or pulseaudio-utils (paplay) to hear the calls.</source>
        <translation>ไม่พบโปรแกรมเล่นเสียง กรุณาติดตั้ง alsa-utils (aplay) หรือ pulseaudio-utils (paplay) เพื่อให้ได้ยินเสียงเรียกคิว</translation>
    </message>
    <message>
        <source>Cannot play the sound: %1</source>
        <translation>เล่นเสียงไม่ได้: %1</translation>
    </message>
    <message>
        <source>The audio player %1 could not be started: %2</source>
        <translation>เริ่มโปรแกรมเล่นเสียง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The audio player %1 failed: %2</source>
        <translation>โปรแกรมเล่นเสียง %1 ทำงานผิดพลาด: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>รหัสออก %1</translation>
    </message>
</context>
<context>
    <name>saduak::QueueCommands</name>
    <message>
        <source>The queue could not be saved, so nothing was changed. Please try again.</source>
        <translation>บันทึกคิวไม่ได้ จึงไม่มีการเปลี่ยนแปลงใด ๆ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The hub could not read the queue from its database. Tell the supervisor: the database may be damaged (saduak-hub check).</source>
        <translation>ศูนย์กลางสาขาอ่านคิวจากฐานข้อมูลไม่ได้ โปรดแจ้งหัวหน้า: ฐานข้อมูลอาจเสียหาย (saduak-hub check)</translation>
    </message>
</context>
<context>
    <name>saduak::QueueDashboard</name>
    <message>
        <source>Figures at %1</source>
        <translation>ข้อมูล ณ เวลา %1 น.</translation>
    </message>
    <message>
        <source>⚠ %1 %2: the longest wait is %3, over the target of %4</source>
        <translation>⚠ %1 %2: รอนานที่สุด %3 เกินเป้าหมาย %4</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Services now</source>
        <translation>บริการขณะนี้</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>ช่องบริการ</translation>
    </message>
    <message numerus="yes">
        <source>Today and the last %n days</source>
        <translation>
            <numerusform>วันนี้และ %n วันทำการก่อนหน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <source>Open the selected counter for the services you tick</source>
        <translation>เปิดช่องบริการที่เลือกสำหรับบริการที่ติ๊กไว้</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>พักช่องบริการ</translation>
    </message>
    <message>
        <source>Pause the selected counter, with a reason</source>
        <translation>พักช่องบริการที่เลือก พร้อมเหตุผล</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close the selected counter</source>
        <translation>ปิดช่องบริการที่เลือก</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>พักเบรก</translation>
    </message>
    <message>
        <source>System down</source>
        <translation>ระบบขัดข้อง</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>ปฏิบัติงานอื่น</translation>
    </message>
</context>
<context>
    <name>saduak::QueueManager</name>
    <message>
        <source>The queue could not be saved, so nothing was changed. Please try again.</source>
        <translation>บันทึกคิวไม่ได้ จึงไม่มีการเปลี่ยนแปลงใด ๆ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>รอเรียก</translation>
    </message>
    <message>
        <source>called</source>
        <translation>ถูกเรียกแล้ว</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>กำลังรับบริการ</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>พักคิวไว้</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จสิ้นแล้ว</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>ไม่มาติดต่อ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>closed at the end of its day</source>
        <translation>ปิดเมื่อสิ้นวันทำการ</translation>
    </message>
    <message>
        <source>called again</source>
        <translation>เรียกซ้ำ</translation>
    </message>
    <message>
        <source>started</source>
        <translation>เริ่มให้บริการ</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>ให้บริการเสร็จ</translation>
    </message>
    <message>
        <source>marked a no-show</source>
        <translation>บันทึกว่าไม่มาติดต่อ</translation>
    </message>
    <message>
        <source>returned to the queue</source>
        <translation>นำกลับเข้าคิว</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>ส่งต่อ</translation>
    </message>
    <message>
        <source>given another priority</source>
        <translation>เปลี่ยนลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>เปิดให้บริการ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>paused for a break</source>
        <translation>พักชั่วคราว (พักเบรก)</translation>
    </message>
    <message>
        <source>paused because the system is down</source>
        <translation>พักชั่วคราว (ระบบขัดข้อง)</translation>
    </message>
    <message>
        <source>paused for other work</source>
        <translation>พักชั่วคราว (ทำงานอื่น)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>พักชั่วคราว</translation>
    </message>
    <message>
        <source>There is no service %1 at this branch.</source>
        <translation>สาขานี้ไม่มีบริการ %1</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>ไม่มีช่องบริการ %1</translation>
    </message>
    <message>
        <source>Counter %1 is %2 and cannot call tickets.</source>
        <translation>ช่องบริการ %1 อยู่ในสถานะ%2 จึงเรียกคิวไม่ได้</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before calling the next one.</source>
        <translation>ช่องบริการ %1 ยังมีคิว %2 อยู่ กรุณาให้บริการให้เสร็จ พักคิว ส่งต่อ หรือบันทึกว่าไม่มาติดต่อ ก่อนเรียกคิวถัดไป</translation>
    </message>
    <message>
        <source>No ticket is waiting for the services of counter %1.</source>
        <translation>ไม่มีคิวรอรับบริการของช่องบริการ %1</translation>
    </message>
    <message>
        <source>This ticket does not exist.</source>
        <translation>ไม่พบคิวนี้</translation>
    </message>
    <message>
        <source>Ticket %1 is at counter %2, not at counter %3.</source>
        <translation>คิว %1 อยู่ที่ช่องบริการ %2 ไม่ใช่ช่องบริการ %3</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, so it cannot be %3.</source>
        <translation>คิว %1 อยู่ในสถานะ%2 จึงทำรายการ &quot;%3&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>Ticket %1 was called %2 seconds ago; wait %3 more seconds before calling it again.</source>
        <translation>คิว %1 เพิ่งถูกเรียกเมื่อ %2 วินาทีที่แล้ว กรุณารออีก %3 วินาทีก่อนเรียกซ้ำ</translation>
    </message>
    <message>
        <source>Ticket %1 already waits for service %2.</source>
        <translation>คิว %1 รอรับบริการ %2 อยู่แล้ว</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>ช่องบริการ %1 เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Counter %1 cannot open without a service to serve.</source>
        <translation>ช่องบริการ %1 ต้องมีบริการอย่างน้อยหนึ่งอย่างจึงจะเปิดได้</translation>
    </message>
    <message>
        <source>Say why counter %1 is paused.</source>
        <translation>กรุณาระบุเหตุผลที่พักช่องบริการ %1</translation>
    </message>
    <message>
        <source>Counter %1 is %2, so it cannot be paused.</source>
        <translation>ช่องบริการ %1 อยู่ในสถานะ%2 จึงพักไม่ได้</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before pausing.</source>
        <translation>ช่องบริการ %1 ยังมีคิว %2 อยู่ กรุณาให้บริการให้เสร็จ พักคิว ส่งต่อ หรือบันทึกว่าไม่มาติดต่อ ก่อนพักช่องบริการ</translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation>ช่องบริการ %1 ปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before closing.</source>
        <translation>ช่องบริการ %1 ยังมีคิว %2 อยู่ กรุณาให้บริการให้เสร็จ พักคิว ส่งต่อ หรือบันทึกว่าไม่มาติดต่อ ก่อนปิดช่องบริการ</translation>
    </message>
    <message>
        <source>A call ratio needs at least one normal call per priority call.</source>
        <translation>สัดส่วนการเรียกต้องมีคิวปกติอย่างน้อยหนึ่งคิวต่อคิวพิเศษหนึ่งคิว</translation>
    </message>
    <message>
        <source>%1 is closed now; it opens at %2.</source>
        <translation>บริการ%1ปิดอยู่ในขณะนี้ เปิดให้บริการเวลา %2 น.</translation>
    </message>
    <message>
        <source>%1 has closed for today; it opens again at %2 on its next day.</source>
        <translation>บริการ%1ปิดแล้วสำหรับวันนี้ จะเปิดอีกครั้งเวลา %2 น. ในวันทำการถัดไป</translation>
    </message>
    <message>
        <source>This request id was used before for another request (%1); nothing was done. Send the request with a new id.</source>
        <translation>รหัสคำขอนี้เคยใช้กับคำขออื่นแล้ว (%1) จึงไม่ได้ดำเนินการใด ๆ กรุณาส่งคำขอด้วยรหัสใหม่</translation>
    </message>
    <message>
        <source>moved to another service</source>
        <translation>ย้ายไปรอบริการอื่น</translation>
    </message>
    <message>
        <source>A target wait is from 1 to 600 minutes.</source>
        <translation>เวลารอเป้าหมายต้องอยู่ระหว่าง 1 ถึง 600 นาที</translation>
    </message>
    <message>
        <source>A holiday needs a date and a name.</source>
        <translation>วันหยุดต้องมีทั้งวันที่และชื่อ</translation>
    </message>
    <message>
        <source>The date %1 is given twice.</source>
        <translation>วันที่ %1 ถูกระบุซ้ำ</translation>
    </message>
    <message>
        <source>Counter %1 needs at least one service.</source>
        <translation>ช่องบริการ %1 ต้องมีบริการอย่างน้อยหนึ่งบริการ</translation>
    </message>
    <message>
        <source>%1 is closed today for a holiday: %2.</source>
        <translation>%1 ปิดให้บริการวันนี้ เนื่องใน%2</translation>
    </message>
    <message>
        <source>%1 does not open on %2.</source>
        <translation>%1 ไม่เปิดให้บริการใน%2</translation>
    </message>
</context>
<context>
    <name>saduak::RecentDaysModel</name>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>วัน</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>ออกบัตรคิว</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>ให้บริการแล้ว</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>เวลารอเฉลี่ย</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>เวลาให้บริการเฉลี่ย</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>เรียกภายในเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>saduak::ReferenceImport</name>
    <message>
        <source>&quot;%1&quot; is not a reference data set. Known: %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่ชุดข้อมูลอ้างอิง ชุดที่มี: %2</translation>
    </message>
    <message>
        <source>--key-field names the field that identifies an item.</source>
        <translation>--key-field ใช้ระบุชื่อฟิลด์ที่เป็นรหัสของแต่ละรายการ</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่านไฟล์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Storing the items failed: %1</source>
        <translation>บันทึกรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Line %1 is not JSON: %2 (at character %3).</source>
        <translation>บรรทัดที่ %1 ไม่ใช่ JSON: %2 (ที่อักขระตัวที่ %3)</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>บรรทัดที่ %1 ไม่ใช่ออบเจกต์ JSON</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;%2&quot; (a text or a whole number) to identify the item.</source>
        <translation>บรรทัดที่ %1 ไม่มี &quot;%2&quot; (ข้อความหรือจำนวนเต็ม) ที่ใช้ระบุรายการ</translation>
    </message>
    <message>
        <source>Reading the items failed: %1</source>
        <translation>อ่านรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Deleting the items failed: %1</source>
        <translation>ลบรายการไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written by central itself as complaints are filed and change state; it cannot be imported.</source>
        <translation>&quot;%1&quot; เป็นข้อมูลที่ส่วนกลางเขียนเองเมื่อมีการยื่นเรื่องร้องเรียนและเปลี่ยนสถานะ จึงนำเข้าไม่ได้</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
</context>
<context>
    <name>saduak::ReferencePuller</name>
    <message>
        <source>The reference data could not be read from the database; retrying.</source>
        <translation>อ่านข้อมูลอ้างอิงจากฐานข้อมูลไม่ได้ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central&apos;s certificate does not match central/pinSha256; no reference data was downloaded. Check the pin or the server; retrying.</source>
        <translation>ใบรับรองของส่วนกลางไม่ตรงกับ central/pinSha256 จึงไม่ได้ดาวน์โหลดข้อมูลอ้างอิง โปรดตรวจสอบค่า pin หรือเซิร์ฟเวอร์ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central&apos;s certificate is not trusted (%1); no reference data was downloaded. Check central/caFile; retrying.</source>
        <translation>ใบรับรองของส่วนกลางไม่น่าเชื่อถือ (%1) จึงไม่ได้ดาวน์โหลดข้อมูลอ้างอิง โปรดตรวจสอบ central/caFile กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central did not send the reference data in time; retrying.</source>
        <translation>ส่วนกลางส่งข้อมูลอ้างอิงไม่ทันเวลา กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central cannot be reached for the reference data; retrying.</source>
        <translation>ติดต่อส่วนกลางเพื่อรับข้อมูลอ้างอิงไม่ได้ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central keeps refusing the reference data cursor; retrying later.</source>
        <translation>ส่วนกลางปฏิเสธตำแหน่งข้อมูลอ้างอิงซ้ำหลายครั้ง จะลองใหม่ภายหลัง</translation>
    </message>
    <message>
        <source>The reference data could not be written to the database; retrying.</source>
        <translation>บันทึกข้อมูลอ้างอิงลงฐานข้อมูลไม่ได้ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central does not serve the reference data set &quot;%1&quot;; check central/datasets.</source>
        <translation>ส่วนกลางไม่มีชุดข้อมูลอ้างอิง &quot;%1&quot; โปรดตรวจสอบ central/datasets</translation>
    </message>
    <message>
        <source>Central refused this branch&apos;s token: check central/token.</source>
        <translation>ส่วนกลางไม่ยอมรับโทเคนของสาขานี้ โปรดตรวจสอบ central/token</translation>
    </message>
    <message>
        <source>Central answered the reference data request with an error (HTTP %1); retrying.</source>
        <translation>ส่วนกลางตอบคำขอข้อมูลอ้างอิงด้วยข้อผิดพลาด (HTTP %1) กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central&apos;s reference data for &quot;%1&quot; could not be read; nothing of it was applied. Retrying.</source>
        <translation>อ่านข้อมูลอ้างอิง &quot;%1&quot; จากส่วนกลางไม่ได้ จึงยังไม่ได้นำไปใช้เลย กำลังลองใหม่</translation>
    </message>
</context>
<context>
    <name>saduak::ReportExport</name>
    <message>
        <source>The report could not be made: %1</source>
        <translation>จัดทำรายงานไม่ได้: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s report could not be read: %1</source>
        <translation>อ่านรายงานจากเครื่องแม่ข่ายไม่ได้: %1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>บันทึกรายงานลง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Saved the report of %1 to %2</source>
        <translation>บันทึกรายงานของ %1 ลงใน %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>saduak::ServerTls</name>
    <message>
        <source>TLS is not available in this installation (the OpenSSL library is missing).</source>
        <translation>การติดตั้งนี้ใช้ TLS ไม่ได้ (ไม่มีไลบรารี OpenSSL)</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; cannot be read: %2</source>
        <translation>อ่านไฟล์ใบรับรอง TLS &quot;%1&quot; ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>ไฟล์ใบรับรอง TLS &quot;%1&quot; ไม่มีใบรับรองแบบ PEM</translation>
    </message>
    <message>
        <source>The TLS key file &quot;%1&quot; cannot be read: %2</source>
        <translation>อ่านไฟล์กุญแจ TLS &quot;%1&quot; ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The TLS key file &quot;%1&quot; holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>ไฟล์กุญแจ TLS &quot;%1&quot; ไม่มีกุญแจส่วนตัวแบบ PEM ที่ไม่ได้เข้ารหัส (RSA หรือ EC)</translation>
    </message>
</context>
<context>
    <name>saduak::ServiceFiguresModel</name>
    <message>
        <source>⚠ Over target</source>
        <translation>⚠ เกินเป้าหมาย</translation>
    </message>
    <message>
        <source>✓ Within target</source>
        <translation>✓ อยู่ในเป้าหมาย</translation>
    </message>
    <message>
        <source>– Nobody waiting</source>
        <translation>– ไม่มีผู้รอ</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>รออยู่ขณะนี้</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>รอนานที่สุด</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>ให้บริการวันนี้</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>เวลารอเฉลี่ย</translation>
    </message>
</context>
<context>
    <name>saduak::ServiceHoursDialog</name>
    <message>
        <source>Target and hours: %1</source>
        <translation>เป้าหมายและเวลาทำการ: %1</translation>
    </message>
    <message>
        <source>Target wait for %1:</source>
        <translation>เวลารอเป้าหมายของ %1:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>When the kiosk issues tickets for it, day by day (times as HH:MM; 24:00 is midnight). Staff at a counter may issue tickets at any time.</source>
        <translation>เวลาที่ตู้บริการออกบัตรคิวของบริการนี้ในแต่ละวัน (เวลาแบบ ชช:นน; 24:00 คือเที่ยงคืน) เจ้าหน้าที่ที่ช่องบริการออกบัตรได้ทุกเวลา</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>%1: write the times as HH:MM, for example 08:30 and 16:30.</source>
        <translation>%1: กรอกเวลาแบบ ชช:นน เช่น 08:30 และ 16:30</translation>
    </message>
    <message>
        <source>%1: the service must open before it closes.</source>
        <translation>%1: เวลาเปิดต้องก่อนเวลาปิด</translation>
    </message>
</context>
<context>
    <name>saduak::ServiceListModel</name>
    <message>
        <source>all day</source>
        <translation>ตลอดวัน</translation>
    </message>
    <message>
        <source>Closed every day</source>
        <translation>ปิดทุกวัน</translation>
    </message>
    <message>
        <source>Every day, all day</source>
        <translation>ทุกวัน ตลอดวัน</translation>
    </message>
    <message>
        <source>Every day %1</source>
        <translation>ทุกวัน %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1; closed %2</source>
        <translation>%1; ปิด %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>เปิดถึง %1</translation>
    </message>
    <message>
        <source>Closed: holiday (%1)</source>
        <translation>ปิด: วันหยุด (%1)</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>ปิดทุก%1</translation>
    </message>
    <message>
        <source>Opens at %1</source>
        <translation>เปิดเวลา %1</translation>
    </message>
    <message>
        <source>Closed for today (closed at %1)</source>
        <translation>ปิดแล้ววันนี้ (ปิดเวลา %1)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>เวลารอเป้าหมาย</translation>
    </message>
    <message>
        <source>Opening hours (kiosk tickets)</source>
        <translation>เวลาทำการ (ออกบัตรคิวที่ตู้)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ขณะนี้</translation>
    </message>
</context>
<context>
    <name>saduak::ServicesPanel</name>
    <message>
        <source>The branch&apos;s services: the wait each aims at, when the kiosk issues its tickets, and the days the branch is closed.</source>
        <translation>บริการของสาขา: เวลารอเป้าหมายของแต่ละบริการ เวลาที่ตู้บริการออกบัตรคิว และวันที่สาขาปิด</translation>
    </message>
    <message>
        <source>Only an administrator may change targets, hours and holidays; you may set counters&apos; services and move waiting tickets.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนเป้าหมาย เวลาทำการ และวันหยุดได้ ท่านกำหนดบริการของช่องบริการและย้ายบัตรคิวที่รออยู่ได้</translation>
    </message>
    <message>
        <source>This hub takes tickets at any hour (queue/openAllDay in its settings): the hours and holidays shown are not the ones kept, so they cannot be changed here. Remove the setting and start the hub again to manage them.</source>
        <translation>ฮับนี้ออกบัตรคิวได้ทุกเวลา (queue/openAllDay ในการตั้งค่า): เวลาทำการและวันหยุดที่แสดงไม่ใช่ที่เก็บไว้จริง จึงแก้ไขที่นี่ไม่ได้ ลบการตั้งค่านี้แล้วเริ่มฮับใหม่เพื่อจัดการ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Edit target and hours…</source>
        <translation>แก้ไขเป้าหมายและเวลาทำการ…</translation>
    </message>
    <message>
        <source>Counter services…</source>
        <translation>บริการของช่องบริการ…</translation>
    </message>
    <message>
        <source>Move a waiting ticket…</source>
        <translation>ย้ายบัตรคิวที่รออยู่…</translation>
    </message>
    <message>
        <source>Holidays (no kiosk tickets for any service)</source>
        <translation>วันหยุด (ตู้บริการไม่ออกบัตรคิวทุกบริการ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>วันหยุด</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation>เปลี่ยน %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 is a holiday now: %2.</source>
        <translation>%1 เป็นวันหยุดแล้ว: %2</translation>
    </message>
    <message>
        <source>%1 is no longer a holiday.</source>
        <translation>%1 ไม่เป็นวันหยุดแล้ว</translation>
    </message>
    <message>
        <source>%1 now waits for %2.</source>
        <translation>%1 รอรับบริการ %2 แล้ว</translation>
    </message>
</context>
<context>
    <name>saduak::SettingsFileCheck</name>
    <message>
        <source>true or false</source>
        <translation>true หรือ false</translation>
    </message>
    <message>
        <source>th or en</source>
        <translation>th หรือ en</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>จำนวนเต็มตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>ตัวเลขตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist. Check the path given with --settings.</source>
        <translation>ไม่มีไฟล์ตั้งค่า %1 โปรดตรวจเส้นทางที่ระบุด้วย --settings</translation>
    </message>
    <message>
        <source>The settings file %1 is a folder, not a file.</source>
        <translation>ไฟล์ตั้งค่า %1 เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read: %2</source>
        <translation>อ่านไฟล์ตั้งค่า %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is not a settings file: it holds bytes that are not text (UTF-8). Give an INI file of key=value lines.</source>
        <translation>%1 ไม่ใช่ไฟล์ตั้งค่า เพราะมีข้อมูลที่ไม่ใช่ข้อความ (UTF-8) โปรดใช้ไฟล์ INI ที่มีบรรทัดแบบ key=value</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a key=value line.</source>
        <translation>%1 บรรทัดที่ %2: &quot;%3&quot; ไม่ใช่บรรทัดแบบ key=value</translation>
    </message>
    <message>
        <source>%1, line %2: unknown key %3: no part of Saduak reads it. Check its spelling against README, &quot;Settings&quot;, and docs/deployment.md.</source>
        <translation>%1 บรรทัดที่ %2: ไม่รู้จักคีย์ %3 ไม่มีส่วนใดของ Saduak อ่านคีย์นี้ โปรดตรวจการสะกดกับ README หัวข้อ &quot;Settings&quot; และ docs/deployment.md</translation>
    </message>
    <message>
        <source>%1, line %2: %3=%4 is not valid; it takes %5.</source>
        <translation>%1 บรรทัดที่ %2: %3=%4 ไม่ถูกต้อง ค่าที่ใช้ได้คือ %5</translation>
    </message>
</context>
<context>
    <name>saduak::StaffCommands</name>
    <message>
        <source>The branch hub could not read or save who is logged in. Please try again.</source>
        <translation>ศูนย์กลางสาขาอ่านหรือบันทึกข้อมูลผู้เข้าสู่ระบบไม่ได้ กรุณาลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked. Try again in %1 seconds, or ask an admin to set a new password.</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้งเกินไป บัญชีนี้ถูกล็อกไว้ กรุณาลองใหม่ในอีก %1 วินาที หรือขอให้ผู้ดูแลระบบตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>saduak::StaffLogIn</name>
    <message>
        <source>You were logged out by the branch hub: the business day has closed or the account was disabled. Please log in again.</source>
        <translation>ระบบของศูนย์นำท่านออกจากระบบแล้ว เนื่องจากสิ้นสุดวันทำการหรือบัญชีถูกระงับ กรุณาเข้าสู่ระบบอีกครั้ง</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>ออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>%1 stays logged in until the next officer logs in.</source>
        <translation>%1 ยังอยู่ในระบบจนกว่าเจ้าหน้าที่คนถัดไปจะเข้าสู่ระบบ</translation>
    </message>
</context>
<context>
    <name>saduak::StaffRole</name>
    <message>
        <source>Counter officer</source>
        <translation>เจ้าหน้าที่เคาน์เตอร์</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้าศูนย์</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>saduak::StaffStore</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง 1 ถึง 64 ตัว</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>ต้องระบุชื่อของบุคคลนั้น</translation>
    </message>
    <message>
        <source>There is a staff member &quot;%1&quot; already.</source>
        <translation>มีเจ้าหน้าที่ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>ไม่มีเจ้าหน้าที่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Staff member %1 is disabled already.</source>
        <translation>บัญชีของเจ้าหน้าที่ %1 ถูกระงับอยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>saduak::StorageFault</name>
    <message>
        <source>The disk that holds %1 is full (or the file may not grow any more). Make room on it, then start Saduak again; nothing was changed.</source>
        <translation>ดิสก์ที่เก็บ %1 เต็มแล้ว (หรือไฟล์ขยายต่อไม่ได้อีก) โปรดเพิ่มพื้นที่ว่างแล้วเริ่ม Saduak ใหม่ ยังไม่มีข้อมูลใดถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>Saduak may not write %1: the file or its folder is read-only or belongs to another user. Give the user Saduak runs as the right to write there (or choose another folder), then start Saduak again.</source>
        <translation>Saduak เขียน %1 ไม่ได้ ไฟล์หรือโฟลเดอร์ของไฟล์เป็นแบบอ่านอย่างเดียวหรือเป็นของผู้ใช้อื่น โปรดให้สิทธิ์เขียนแก่ผู้ใช้ที่รัน Saduak (หรือเลือกโฟลเดอร์อื่น) แล้วเริ่ม Saduak ใหม่</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be used: a part of the path does not exist or is a file, not a folder. Check the path, then start Saduak again.</source>
        <translation>ใช้โฟลเดอร์ของ %1 ไม่ได้ เพราะบางส่วนของเส้นทางไม่มีอยู่ หรือเป็นไฟล์ ไม่ใช่โฟลเดอร์ โปรดตรวจเส้นทางแล้วเริ่ม Saduak ใหม่</translation>
    </message>
</context>
<context>
    <name>saduak::SupervisorWindow</name>
    <message>
        <source>Queue</source>
        <translation>คิว</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>รายการที่ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>This screen is for supervisors</source>
        <translation>หน้าจอนี้สำหรับหัวหน้าศูนย์</translation>
    </message>
    <message>
        <source>%1 is logged in as a counter officer. The supervisor&apos;s screen shows the queue and manages the branch; please log out, or let a supervisor log in.</source>
        <translation>%1 เข้าสู่ระบบในฐานะเจ้าหน้าที่เคาน์เตอร์ หน้าจอหัวหน้าศูนย์ใช้ดูคิวและจัดการศูนย์ กรุณาออกจากระบบ หรือให้หัวหน้าศูนย์เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้าศูนย์</translation>
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
        <source>Switch officer</source>
        <translation>เปลี่ยนเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Another person logs in at this PC</source>
        <translation>ให้ผู้อื่นเข้าสู่ระบบที่เครื่องนี้</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Log out of this PC</source>
        <translation>ออกจากระบบที่เครื่องนี้</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>ส่งออกรายงาน…</translation>
    </message>
    <message>
        <source>Save the e-report of a day or a month as CSV or PDF</source>
        <translation>บันทึกรายงานอิเล็กทรอนิกส์รายวันหรือรายเดือนเป็น CSV หรือ PDF</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
</context>
<context>
    <name>saduak::SyncClient</name>
    <message>
        <source>central/url &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>central/url &quot;%1&quot; ไม่ใช่ที่อยู่ http:// หรือ https://</translation>
    </message>
    <message>
        <source>central/url is set but central/token is empty.</source>
        <translation>ตั้งค่า central/url แล้ว แต่ central/token ว่างอยู่</translation>
    </message>
    <message>
        <source>central/caFile and central/pinSha256 need an https:// central/url.</source>
        <translation>central/caFile และ central/pinSha256 ใช้ได้เฉพาะเมื่อ central/url เป็น https://</translation>
    </message>
    <message>
        <source>central/caFile &quot;%1&quot; cannot be read: %2</source>
        <translation>อ่าน central/caFile &quot;%1&quot; ไม่ได้: %2</translation>
    </message>
    <message>
        <source>central/caFile &quot;%1&quot; holds no PEM certificate.</source>
        <translation>central/caFile &quot;%1&quot; ไม่มีใบรับรองแบบ PEM</translation>
    </message>
    <message>
        <source>central/pinSha256 &quot;%1&quot; is not a SHA-256 in base64 (44 characters).</source>
        <translation>central/pinSha256 &quot;%1&quot; ไม่ใช่ค่า SHA-256 แบบ base64 (44 ตัวอักษร)</translation>
    </message>
    <message>
        <source>The outbox could not be read; retrying.</source>
        <translation>อ่านคิวข้อมูลขาออกไม่ได้ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central&apos;s certificate does not match central/pinSha256; the rows stay pending. Check the pin or the server; retrying.</source>
        <translation>ใบรับรองของส่วนกลางไม่ตรงกับ central/pinSha256 รายการยังรอส่งอยู่ ตรวจสอบค่า pin หรือเครื่องแม่ข่าย กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central&apos;s certificate is not trusted (%1); nothing was sent. Check central/caFile; retrying.</source>
        <translation>ใบรับรองของส่วนกลางไม่น่าเชื่อถือ (%1) จึงไม่ได้ส่งข้อมูลใด ๆ ตรวจสอบ central/caFile กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central did not answer in time; retrying.</source>
        <translation>ส่วนกลางไม่ตอบภายในเวลาที่กำหนด กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central cannot be reached; retrying.</source>
        <translation>ติดต่อส่วนกลางไม่ได้ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central&apos;s answer could not be used; retrying.</source>
        <translation>ใช้คำตอบของส่วนกลางไม่ได้ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>Central refused this branch&apos;s token: check central/token.</source>
        <translation>ส่วนกลางปฏิเสธโทเคนของสาขานี้ กรุณาตรวจสอบ central/token</translation>
    </message>
    <message>
        <source>Central answered with an error (HTTP %1); retrying.</source>
        <translation>ส่วนกลางตอบกลับด้วยข้อผิดพลาด (HTTP %1) กำลังลองใหม่</translation>
    </message>
    <message>
        <source>The outbox could not be written; retrying.</source>
        <translation>บันทึกคิวข้อมูลขาออกไม่ได้ กำลังลองใหม่</translation>
    </message>
    <message>
        <source>central/datasets names &quot;%1&quot;, which is not a reference data set (known: %2).</source>
        <translation>central/datasets ระบุ &quot;%1&quot; ซึ่งไม่ใช่ชุดข้อมูลอ้างอิง (ชุดที่มี: %2)</translation>
    </message>
    <message>
        <source>central/maxBackoffSeconds &quot;%1&quot; is not a whole number of seconds from 1 to 86400.</source>
        <translation>central/maxBackoffSeconds &quot;%1&quot; ไม่ใช่จำนวนวินาทีเต็มตั้งแต่ 1 ถึง 86400</translation>
    </message>
    <message>
        <source>Central cannot reach its database; the rows wait here and go when it is back.</source>
        <translation>ส่วนกลางเชื่อมต่อฐานข้อมูลของตนไม่ได้ รายการจะรออยู่ที่นี่และส่งไปเมื่อส่วนกลางกลับมาใช้งานได้</translation>
    </message>
    <message>
        <source>central/keepSentDays &quot;%1&quot; is not a whole number of days from 1 to 3650.</source>
        <translation>central/keepSentDays &quot;%1&quot; ไม่ใช่จำนวนวันเต็มตั้งแต่ 1 ถึง 3650</translation>
    </message>
</context>
<context>
    <name>saduak::SyncStatus</name>
    <message numerus="yes">
        <source>Central: sent %1 · %n waiting</source>
        <translation>
            <numerusform>ส่วนกลาง: ส่งแล้ว %1 · รอส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Central: nothing sent yet · %n waiting</source>
        <translation>
            <numerusform>ส่วนกลาง: ยังไม่ได้ส่ง · รอส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Central: not reachable since %1 · %n waiting</source>
        <translation>
            <numerusform>ส่วนกลาง: ติดต่อไม่ได้ตั้งแต่ %1 · รอส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Central: not reached yet · %n waiting</source>
        <translation>
            <numerusform>ส่วนกลาง: ยังติดต่อไม่ได้ · รอส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · oldest waiting %n day(s)</source>
        <translation>
            <numerusform> · รายการเก่าสุดรอมา %n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · oldest waiting %n hour(s)</source>
        <translation>
            <numerusform> · รายการเก่าสุดรอมา %n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused by central</source>
        <translation>
            <numerusform> · ส่วนกลางปฏิเสธ %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saduak::TcpPrinter</name>
    <message>
        <source>The ticket printer is out of paper. Please call a staff member.</source>
        <translation>เครื่องพิมพ์บัตรคิวกระดาษหมด กรุณาแจ้งเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>The ticket printer closed the connection before the ticket was sent. Check that it is switched on.</source>
        <translation>เครื่องพิมพ์บัตรคิวตัดการเชื่อมต่อก่อนส่งบัตรคิวเสร็จ กรุณาตรวจสอบว่าเครื่องเปิดอยู่</translation>
    </message>
    <message>
        <source>The ticket printer does not answer. Check that it is switched on and connected to the network.</source>
        <translation>เครื่องพิมพ์บัตรคิวไม่ตอบสนอง กรุณาตรวจสอบว่าเครื่องเปิดอยู่และเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <source>The ticket printer did not answer in time.</source>
        <translation>เครื่องพิมพ์บัตรคิวไม่ตอบสนองภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>The ticket could not be sent to the printer.</source>
        <translation>ส่งบัตรคิวไปยังเครื่องพิมพ์ไม่ได้</translation>
    </message>
    <message>
        <source>The ticket printer stopped taking data. Check the paper and the printer cover.</source>
        <translation>เครื่องพิมพ์บัตรคิวหยุดรับข้อมูล กรุณาตรวจสอบกระดาษและฝาเครื่องพิมพ์</translation>
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
<context>
    <name>saduak::TicketPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer address. Use socket://host:9100, a device path such as /dev/usb/lp0, cups:QUEUE, or pdf:/folder for PDF files.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่เครื่องพิมพ์ ใช้ socket://host:9100, เส้นทางอุปกรณ์ เช่น /dev/usb/lp0, cups:QUEUE หรือ pdf:/folder สำหรับไฟล์ PDF</translation>
    </message>
</context>
<context>
    <name>saduak::civilregistration::RequestEvaluator</name>
    <message>
        <source>No rules for the request type &quot;%1&quot; are in force on %2.</source>
        <translation>ไม่มีกฎของคำขอประเภท &quot;%1&quot; ที่มีผลใช้บังคับในวันที่ %2</translation>
    </message>
    <message>
        <source>The date of the event (&quot;%1&quot;) is needed to know whether the request is on time.</source>
        <translation>ต้องมีวันที่เกิดเหตุ (&quot;%1&quot;) จึงจะรู้ว่ายื่นคำขอทันกำหนดหรือไม่</translation>
    </message>
    <message>
        <source>The event cannot be after the filing of the request.</source>
        <translation>วันที่เกิดเหตุต้องไม่อยู่หลังวันที่ยื่นคำขอ</translation>
    </message>
    <message>
        <source>The fee depends on &quot;%1&quot;, which is not answered with one of its choices.</source>
        <translation>ค่าธรรมเนียมขึ้นอยู่กับ &quot;%1&quot; ซึ่งยังไม่ได้เลือกจากตัวเลือกที่มี</translation>
    </message>
    <message>
        <source>The fee is counted by &quot;%1&quot;, which must be a whole number from 1 to 1000.</source>
        <translation>ค่าธรรมเนียมคิดตาม &quot;%1&quot; ซึ่งต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1000</translation>
    </message>
</context>
<context>
    <name>saduak::civilregistration::RequestTypeRules</name>
    <message>
        <source>The person concerned</source>
        <translation>ผู้มีชื่อในคำขอ</translation>
    </message>
    <message>
        <source>The house master</source>
        <translation>เจ้าบ้าน</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>บิดาหรือมารดา</translation>
    </message>
    <message>
        <source>A proxy with a letter of authority</source>
        <translation>ผู้รับมอบอำนาจพร้อมหนังสือมอบอำนาจ</translation>
    </message>
    <message>
        <source>Civil registration rule item &quot;%1&quot;: %2</source>
        <translation>รายการกฎงานทะเบียนราษฎร &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a text.</source>
        <translation>ไม่มี &quot;%1&quot; หรือไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>ไม่มี &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number above 0.</source>
        <translation>&quot;%1&quot; ต้องเป็นจำนวนเต็มมากกว่า 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list.</source>
        <translation>ไม่มี &quot;%1&quot; หรือไม่ใช่รายการ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not an object.</source>
        <translation>ไม่มี &quot;%1&quot; หรือไม่ใช่ออบเจกต์</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; must be a name of letters and digits, such as birthNotification.</source>
        <translation>ประเภท &quot;%1&quot; ต้องเป็นชื่อที่มีแต่ตัวอักษรและตัวเลข เช่น birthNotification</translation>
    </message>
    <message>
        <source>&quot;effectiveFrom&quot; is not a date written as YYYY-MM-DD (%1).</source>
        <translation>&quot;effectiveFrom&quot; ไม่ใช่วันที่ในรูป YYYY-MM-DD (%1)</translation>
    </message>
    <message>
        <source>the key must be &quot;%1&quot; (the type, @, the date it takes effect).</source>
        <translation>คีย์ต้องเป็น &quot;%1&quot; (ประเภท, @, วันที่มีผลใช้บังคับ)</translation>
    </message>
    <message>
        <source>the field name &quot;%1&quot; must be letters and digits, such as birthDate.</source>
        <translation>ชื่อช่อง &quot;%1&quot; ต้องมีแต่ตัวอักษรและตัวเลข เช่น birthDate</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is listed twice.</source>
        <translation>ช่อง &quot;%1&quot; มีซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has the kind &quot;%2&quot;, which is none of text, date, time, dateTime, thaiId, houseCode, address, choice, number.</source>
        <translation>ช่อง &quot;%1&quot; มีชนิด &quot;%2&quot; ซึ่งไม่ใช่ text, date, time, dateTime, thaiId, houseCode, address, choice หรือ number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is to be filled from &quot;%2&quot;, which the ID card does not hold (%3).</source>
        <translation>ช่อง &quot;%1&quot; จะกรอกจาก &quot;%2&quot; ซึ่งบัตรประจำตัวประชาชนไม่มี (%3)</translation>
    </message>
    <message>
        <source>the choice field &quot;%1&quot; lists no &quot;options&quot;.</source>
        <translation>ช่องตัวเลือก &quot;%1&quot; ไม่มี &quot;options&quot;</translation>
    </message>
    <message>
        <source>&quot;fields&quot; lists no field.</source>
        <translation>&quot;fields&quot; ไม่มีช่องใดเลย</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filer: person, houseMaster, parent or proxy.</source>
        <translation>&quot;%1&quot; ไม่ใช่ผู้ยื่นคำขอ: person, houseMaster, parent หรือ proxy</translation>
    </message>
    <message>
        <source>&quot;filers&quot; names nobody.</source>
        <translation>&quot;filers&quot; ไม่ได้ระบุผู้ใดเลย</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a filer who may not file this request.</source>
        <translation>&quot;%1&quot; ระบุผู้ที่ไม่มีสิทธิ์ยื่นคำขอนี้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be idCard or registry.</source>
        <translation>&quot;%1&quot; ต้องเป็น idCard หรือ registry</translation>
    </message>
    <message>
        <source>&quot;deadline.from&quot; must name a date or dateTime field of this type; &quot;%1&quot; is not one.</source>
        <translation>&quot;deadline.from&quot; ต้องระบุช่องชนิด date หรือ dateTime ของประเภทนี้ แต่ &quot;%1&quot; ไม่ใช่</translation>
    </message>
    <message>
        <source>&quot;deadline&quot; must give either &quot;days&quot; or &quot;hours&quot;, not both or neither.</source>
        <translation>&quot;deadline&quot; ต้องระบุ &quot;days&quot; หรือ &quot;hours&quot; อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองหรือไม่มีเลย</translation>
    </message>
    <message>
        <source>a deadline in hours counts from a dateTime field; &quot;%1&quot; is a date.</source>
        <translation>กำหนดเวลาเป็นชั่วโมงต้องนับจากช่องชนิด dateTime แต่ &quot;%1&quot; เป็นวันที่</translation>
    </message>
    <message>
        <source>&quot;lateFine&quot; is given but there is no &quot;deadline&quot; to be late for.</source>
        <translation>มี &quot;lateFine&quot; แต่ไม่มี &quot;deadline&quot; ที่จะนับว่าเกินกำหนด</translation>
    </message>
    <message>
        <source>&quot;fee.by&quot; must name a choice field of this type; &quot;%1&quot; is not one.</source>
        <translation>&quot;fee.by&quot; ต้องระบุช่องตัวเลือกของประเภทนี้ แต่ &quot;%1&quot; ไม่ใช่</translation>
    </message>
    <message>
        <source>&quot;fee.per&quot; must name a number field of this type; &quot;%1&quot; is not one.</source>
        <translation>&quot;fee.per&quot; ต้องระบุช่องตัวเลขของประเภทนี้ แต่ &quot;%1&quot; ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>saduak::civilregistration::RuleBook</name>
    <message>
        <source>Civil registration rule item &quot;%1&quot;: its version %2 takes effect after item &quot;%3&quot; but is not higher than its version %4.</source>
        <translation>รายการกฎงานทะเบียนราษฎร &quot;%1&quot;: ฉบับที่ %2 มีผลหลังรายการ &quot;%3&quot; แต่ไม่สูงกว่าฉบับที่ %4 ของรายการนั้น</translation>
    </message>
    <message>
        <source>There are no civil registration rules for the request type &quot;%1&quot;.</source>
        <translation>ไม่มีกฎงานทะเบียนราษฎรสำหรับคำขอประเภท &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AreaPicker</name>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>District (amphoe)</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <source>Subdistrict (tambon)</source>
        <translation>ตำบล/แขวง</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentArea</name>
    <message>
        <source>A complaint can carry at most %1 files. Remove one to attach another.</source>
        <translation>เรื่องร้องเรียนหนึ่งเรื่องแนบไฟล์ได้ไม่เกิน %1 ไฟล์ กรุณาลบไฟล์หนึ่งออกก่อนแนบไฟล์อื่น</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>รูปภาพและเอกสาร PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>No scanner folder is set for this computer (setting modules/complaints/scannerFolder). Use Attach a file… instead.</source>
        <translation>เครื่องนี้ยังไม่ได้กำหนดโฟลเดอร์ของเครื่องสแกน (การตั้งค่า modules/complaints/scannerFolder) กรุณาใช้ “แนบไฟล์…” แทน</translation>
    </message>
    <message>
        <source>The scanner folder %1 cannot be read. Check that the scanner&apos;s share is connected, or use Attach a file… instead.</source>
        <translation>อ่านโฟลเดอร์ของเครื่องสแกน %1 ไม่ได้ กรุณาตรวจสอบว่าเชื่อมต่อโฟลเดอร์แชร์ของเครื่องสแกนอยู่ หรือใช้ “แนบไฟล์…” แทน</translation>
    </message>
    <message>
        <source>From the scanner</source>
        <translation>จากเครื่องสแกน</translation>
    </message>
    <message>
        <source>There are no scans in the scanner&apos;s folder yet. Scan the document, then try again.</source>
        <translation>ยังไม่มีไฟล์สแกนในโฟลเดอร์ของเครื่องสแกน กรุณาสแกนเอกสารแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The newest scans first. Choose the one to attach.</source>
        <translation>ไฟล์สแกนล่าสุดอยู่บนสุด เลือกไฟล์ที่จะแนบ</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>เวลาที่สแกน</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>แนบ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบออก</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>ยังไม่ได้แนบไฟล์</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <source>From the scanner…</source>
        <translation>จากเครื่องสแกน…</translation>
    </message>
    <message>
        <source>Photos (JPEG or PNG) and PDF documents, up to 5 MB each, at most %1 files.</source>
        <translation>รูปภาพ (JPEG หรือ PNG) และเอกสาร PDF ขนาดไม่เกินไฟล์ละ 5 MB ไม่เกิน %1 ไฟล์</translation>
    </message>
    <message>
        <source>Sending attachments… %p%</source>
        <extracomment>%p is the percentage Qt fills in</extracomment>
        <translation>กำลังส่งไฟล์แนบ… %p%</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentIntake</name>
    <message>
        <source>The file that reached the branch hub is not the one that was sent (its size or checksum does not add up), so it was not kept. Please attach it again.</source>
        <translation>ไฟล์ที่มาถึงศูนย์กลางสาขาไม่ตรงกับไฟล์ที่ส่ง (ขนาดหรือค่าตรวจสอบไม่ตรงกัน) จึงไม่ได้เก็บไว้ กรุณาแนบไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>The file is not the type it was sent as, or not a type a complaint may carry: only photos (JPEG or PNG) and PDF documents can be attached.</source>
        <translation>ไฟล์ไม่ใช่ชนิดที่แจ้งไว้ หรือเป็นชนิดที่แนบกับเรื่องร้องเรียนไม่ได้ แนบได้เฉพาะรูปภาพ (JPEG หรือ PNG) และเอกสาร PDF</translation>
    </message>
    <message>
        <source>The branch hub could not read or save the attachment, so nothing was changed. Please try again.</source>
        <translation>ศูนย์กลางสาขาอ่านหรือบันทึกไฟล์แนบไม่ได้ จึงยังไม่มีการเปลี่ยนแปลงใด ๆ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>An attachment is named by the SHA-256 of its bytes: 64 digits 0-9 and a-f in lower case.</source>
        <translation>ไฟล์แนบระบุด้วยค่า SHA-256 ของข้อมูลในไฟล์ คือตัวเลข 0-9 และตัวอักษร a-f ตัวพิมพ์เล็ก 64 ตัว</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Please scan it at a lower resolution or attach it in parts.</source>
        <translation>ไฟล์มีขนาดเกิน %1 MB กรุณาสแกนด้วยความละเอียดที่ต่ำลง หรือแบ่งแนบเป็นหลายส่วน</translation>
    </message>
    <message>
        <source>The field &quot;data&quot; holds the next bytes of the file in base64, at most %1 bytes a message.</source>
        <translation>ช่อง &quot;data&quot; ต้องเป็นข้อมูลส่วนถัดไปของไฟล์ในรูปแบบ base64 ไม่เกิน %1 ไบต์ต่อข้อความ</translation>
    </message>
    <message>
        <source>Each attachment of a complaint is an object with the file&apos;s sha256 (64 digits 0-9 and a-f in lower case) and its name.</source>
        <translation>ไฟล์แนบแต่ละรายการของเรื่องร้องเรียนต้องเป็นออบเจ็กต์ที่มี sha256 ของไฟล์ (ตัวเลข 0-9 และ a-f ตัวพิมพ์เล็ก 64 ตัว) และชื่อไฟล์</translation>
    </message>
    <message>
        <source>A complaint can carry at most %1 files. Please leave some out.</source>
        <translation>เรื่องร้องเรียนหนึ่งเรื่องแนบไฟล์ได้ไม่เกิน %1 ไฟล์ กรุณานำบางไฟล์ออก</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has not reached the branch hub whole, or it was sent more than a day ago. Please attach it again.</source>
        <translation>ไฟล์ &quot;%1&quot; มาถึงศูนย์กลางสาขาไม่ครบ หรือส่งมานานกว่าหนึ่งวันแล้ว กรุณาแนบไฟล์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentListModel</name>
    <message>
        <source>The file could not be opened. Please choose it again or scan it again.</source>
        <translation>เปิดไฟล์ไม่ได้ กรุณาเลือกไฟล์อีกครั้งหรือสแกนใหม่</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>ภาพถ่าย JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>ภาพ PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentRule</name>
    <message>
        <source>The file is empty. Please choose the scan or photo again.</source>
        <translation>ไฟล์ว่างเปล่า กรุณาเลือกไฟล์สแกนหรือรูปถ่ายอีกครั้ง</translation>
    </message>
    <message>
        <source>Only photos (JPEG or PNG) and PDF documents can be attached.</source>
        <translation>แนบได้เฉพาะรูปถ่าย (JPEG หรือ PNG) และเอกสาร PDF เท่านั้น</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB. Please scan it at a lower resolution or attach it in parts.</source>
        <translation>ไฟล์มีขนาดใหญ่กว่า 5 MB กรุณาสแกนด้วยความละเอียดที่ต่ำลงหรือแนบเป็นหลายส่วน</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentUpload</name>
    <message>
        <source>The branch hub stopped answering while the attachments were being sent. Nothing is lost: when the network is back, press File the complaint again to go on.</source>
        <translation>ศูนย์กลางสาขาหยุดตอบระหว่างส่งไฟล์แนบ ไม่มีข้อมูลสูญหาย เมื่อเครือข่ายกลับมาแล้ว กด “ยื่นเรื่องร้องเรียน” อีกครั้งเพื่อส่งต่อจากที่ค้างไว้</translation>
    </message>
    <message>
        <source>The branch hub gave an answer this computer does not understand, so the attachments were not sent. Please tell the branch&apos;s IT support.</source>
        <translation>ศูนย์กลางสาขาตอบกลับมาในรูปแบบที่เครื่องนี้ไม่เข้าใจ จึงยังไม่ได้ส่งไฟล์แนบ กรุณาแจ้งเจ้าหน้าที่ไอทีของสาขา</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintFormCheck</name>
    <message>
        <source>Choose the province.</source>
        <translation>เลือกจังหวัด</translation>
    </message>
    <message>
        <source>A province code has 2 digits.</source>
        <translation>รหัสจังหวัดมี 2 หลัก</translation>
    </message>
    <message>
        <source>Choose the district (amphoe).</source>
        <translation>เลือกอำเภอ/เขต</translation>
    </message>
    <message>
        <source>A district code has 4 digits and begins with its province&apos;s code.</source>
        <translation>รหัสอำเภอมี 4 หลัก และขึ้นต้นด้วยรหัสจังหวัดของอำเภอนั้น</translation>
    </message>
    <message>
        <source>Choose the subdistrict (tambon).</source>
        <translation>เลือกตำบล/แขวง</translation>
    </message>
    <message>
        <source>A subdistrict code has 6 digits and begins with its district&apos;s code.</source>
        <translation>รหัสตำบลมี 6 หลัก และขึ้นต้นด้วยรหัสอำเภอของตำบลนั้น</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>ระบุทั้งละติจูดและลองจิจูด หรือไม่ระบุทั้งสองค่า</translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>ละติจูดเป็นตัวเลขตั้งแต่ -90 ถึง 90</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>ลองจิจูดเป็นตัวเลขตั้งแต่ -180 ถึง 180</translation>
    </message>
    <message>
        <source>The place is outside Thailand: check the latitude and longitude.</source>
        <translation>ตำแหน่งนี้อยู่นอกประเทศไทย กรุณาตรวจสอบละติจูดและลองจิจูด</translation>
    </message>
    <message>
        <source>The complainant is given with a citizen ID and names, or left out for an anonymous complaint.</source>
        <translation>ระบุผู้ร้องเรียนด้วยเลขประจำตัวประชาชนและชื่อ หรือเว้นไว้หากร้องเรียนโดยไม่ระบุตัวตน</translation>
    </message>
    <message>
        <source>The complainant&apos;s citizen ID is not a valid 13-digit number.</source>
        <translation>เลขประจำตัวประชาชนของผู้ร้องเรียนไม่ใช่เลข 13 หลักที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Write the complainant&apos;s first name.</source>
        <translation>กรอกชื่อของผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Write the complainant&apos;s last name.</source>
        <translation>กรอกนามสกุลของผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>A phone number is a Thai mobile number of 10 digits beginning with 06, 08 or 09, or a landline number of 9 digits beginning with 02 to 07.</source>
        <translation>หมายเลขโทรศัพท์ต้องเป็นเบอร์มือถือของไทย 10 หลักขึ้นต้นด้วย 06, 08 หรือ 09 หรือเบอร์โทรศัพท์พื้นฐาน 9 หลักขึ้นต้นด้วย 02 ถึง 07</translation>
    </message>
    <message>
        <source>This is not an e-mail address, like name@example.com.</source>
        <translation>นี่ไม่ใช่ที่อยู่อีเมล (ตัวอย่าง name@example.com)</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s category.</source>
        <translation>เลือกประเภทของเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>กรอกหัวเรื่อง</translation>
    </message>
    <message>
        <source>The subject has %1 characters; at most %2 fit.</source>
        <translation>หัวเรื่องมี %1 ตัวอักษร ใส่ได้ไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>กรอกรายละเอียดของเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 fit.</source>
        <translation>รายละเอียดมี %1 ตัวอักษร ใส่ได้ไม่เกิน %2 ตัวอักษร</translation>
    </message>
    <message>
        <source>The privacy notice has to be read and acknowledged before the complaint is filed.</source>
        <translation>ต้องอ่านและรับทราบประกาศความเป็นส่วนตัวก่อนยื่นเรื่องร้องเรียน</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintIntakeForm</name>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>เลือกประเภทเรื่อง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>In a few words: what is wrong?</source>
        <translation>สรุปสั้น ๆ ว่าเกิดปัญหาอะไร</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Where, when, who is affected</source>
        <translation>เกิดที่ไหน เมื่อไร ใครได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>สถานที่เกิดเหตุ</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>โทรศัพท์ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>อีเมล (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>No ID card read: the complaint is filed without a name.</source>
        <translation>ยังไม่ได้อ่านบัตรประชาชน เรื่องนี้จะยื่นโดยไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>Anonymous: your name and ID are not sent with the complaint.</source>
        <translation>ไม่ระบุชื่อ: จะไม่ส่งชื่อและเลขประจำตัวประชาชนของท่านไปกับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1 เลขประจำตัวประชาชน %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>File anonymously</source>
        <translation>ร้องเรียนโดยไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>Privacy notice. The center takes complaints as a public task of the state (Personal Data Protection Act B.E. 2562, section 24(4)); your consent is not what allows it, and you may file without your name. We keep the complaint, the place, the phone and e-mail you give, the files you attach and, unless you file anonymously, your ID number and name from your card, to handle the complaint and tell you the result. They are kept for five years after the complaint is closed, then deleted. Only the officers of this center and of the agency that handles the complaint see them; your name, ID and contact are never printed on the receipt nor shown on a status screen. You may ask at any counter to see or correct them.</source>
        <translation>ประกาศความเป็นส่วนตัว ศูนย์ฯ รับเรื่องร้องเรียนเพื่อปฏิบัติภารกิจเพื่อประโยชน์สาธารณะหรือใช้อำนาจรัฐ (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 24(4)) มิใช่อาศัยความยินยอมของท่าน และท่านร้องเรียนโดยไม่ระบุชื่อได้ เราเก็บเรื่องร้องเรียน สถานที่ โทรศัพท์และอีเมลที่ท่านให้ไว้ ไฟล์ที่ท่านแนบ และหากไม่เลือกไม่ระบุชื่อ จะเก็บเลขประจำตัวประชาชนและชื่อจากบัตรของท่าน เพื่อดำเนินการและแจ้งผลให้ท่านทราบ เก็บไว้ห้าปีนับจากวันปิดเรื่องแล้วลบทิ้ง ผู้เห็นข้อมูลได้มีเพียงเจ้าหน้าที่ของศูนย์นี้และของหน่วยงานที่รับผิดชอบ ชื่อ เลขประจำตัวประชาชน และช่องทางติดต่อของท่านจะไม่ปรากฏบนใบรับเรื่องหรือหน้าจอแสดงสถานะ ท่านขอดูหรือขอแก้ไขข้อมูลได้ที่ทุกช่องบริการ</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>ข้าพเจ้าได้อ่านประกาศความเป็นส่วนตัวแล้ว</translation>
    </message>
    <message>
        <source>File the complaint</source>
        <translation>ยื่นเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintKioskPage</name>
    <message>
        <source>File a complaint</source>
        <translation>ยื่นเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Your complaint has been filed. Its tracking number:</source>
        <translation>รับเรื่องร้องเรียนของท่านแล้ว เลขที่เรื่อง:</translation>
    </message>
    <message>
        <source>Filed on %1 (%2). You will have an answer by %3.</source>
        <translation>ยื่นเมื่อ %1 (%2) ท่านจะได้รับคำตอบภายใน %3</translation>
    </message>
    <message>
        <source>Your receipt is being printed…</source>
        <translation>กำลังพิมพ์ใบรับเรื่อง…</translation>
    </message>
    <message>
        <source>Take your receipt: it has the number and a QR code to follow your complaint.</source>
        <translation>กรุณารับใบรับเรื่อง ซึ่งมีเลขที่เรื่องและคิวอาร์โค้ดสำหรับติดตามเรื่อง</translation>
    </message>
    <message>
        <source>The receipt could not be printed (%1). Please write down the number.</source>
        <translation>พิมพ์ใบรับเรื่องไม่ได้ (%1) กรุณาจดเลขที่เรื่องไว้</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please write down the number.</source>
        <translation>ตู้นี้ไม่มีเครื่องพิมพ์ กรุณาจดเลขที่เรื่องไว้</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintListModel</name>
    <message>
        <source>Overdue: the answer was due by %1.</source>
        <translation>เกินกำหนด: ควรแจ้งผลภายใน %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>เลขที่เรื่อง</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>วันที่ยื่น</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดแจ้งผล</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>เกินกำหนด?</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintPanel</name>
    <message>
        <source>New complaint</source>
        <translation>รับเรื่องใหม่</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>This branch&apos;s complaints</source>
        <translation>เรื่องร้องเรียนของสาขานี้</translation>
    </message>
    <message>
        <source>Filed as %1 on %2, due by %3. The receipt goes to the receipt printer.</source>
        <translation>รับเรื่องเลขที่ %1 เมื่อ %2 กำหนดแจ้งผลภายใน %3 ใบรับเรื่องส่งไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Type the tracking number or scan the receipt&apos;s QR code.</source>
        <translation>พิมพ์เลขที่เรื่องหรือสแกนคิวอาร์โค้ดบนใบรับเรื่อง</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ปรับปรุงรายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>เกินกำหนด %n เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the QR from an image</source>
        <translation>อ่านคิวอาร์โค้ดจากรูปภาพ</translation>
    </message>
    <message>
        <source>Read the QR from an image…</source>
        <translation>อ่านคิวอาร์โค้ดจากรูปภาพ…</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintReceipt</name>
    <message>
        <source>Complaint receipt</source>
        <translation>ใบรับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>เลขที่เรื่อง</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>วันที่ยื่น</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>กำหนดแจ้งผล</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Scan the code or type the tracking number at a kiosk to see where your complaint stands.</source>
        <translation>สแกนคิวอาร์โค้ดหรือพิมพ์เลขที่เรื่องที่ตู้บริการ เพื่อติดตามความคืบหน้าของเรื่อง</translation>
    </message>
    <message>
        <source>What happens next: the center registers your complaint and sends it to the agency responsible. You will have an answer within 15 days of filing; if it takes longer you are told why. Keep this receipt.</source>
        <translation>ขั้นตอนต่อไป: ศูนย์ฯ จะลงทะเบียนเรื่องของท่านและส่งต่อหน่วยงานที่รับผิดชอบ ท่านจะได้รับคำตอบภายใน 15 วันนับจากวันยื่นเรื่อง หากล่าช้าจะแจ้งเหตุผลให้ทราบ กรุณาเก็บใบรับเรื่องนี้ไว้</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintStatusPage</name>
    <message>
        <source>Where does my complaint stand?</source>
        <translation>ติดตามเรื่องร้องเรียน</translation>
    </message>
    <message>
        <source>Type the tracking number from your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>พิมพ์เลขที่เรื่องจากใบรับเรื่อง หรือนำคิวอาร์โค้ดบนใบรับเรื่องไปสแกนที่เครื่องสแกน</translation>
    </message>
    <message>
        <source>e.g. B001-691207-0042-71</source>
        <translation>เช่น B001-691207-0042-71</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>ค้นหา</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintStatusView</name>
    <message>
        <source>That is not a tracking number.</source>
        <translation>นี่ไม่ใช่เลขที่เรื่อง</translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>เลขที่เรื่อง: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>เรื่อง: %1</translation>
    </message>
    <message>
        <source>Filed on %1; the answer is due by %2.</source>
        <translation>ยื่นเมื่อ %1 กำหนดแจ้งผลภายใน %2</translation>
    </message>
    <message>
        <source>Overdue: the answer was due by %1.</source>
        <translation>เกินกำหนด: ควรแจ้งผลภายใน %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>ความเป็นมา:</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintWorkflow</name>
    <message>
        <source>Received</source>
        <translation>รับเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Forwarded to an agency</source>
        <translation>ส่งต่อหน่วยงานแล้ว</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Waiting for information</source>
        <translation>รอข้อมูลเพิ่มเติม</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ยกระดับการพิจารณาแล้ว</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>ดำเนินการแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ยุติเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ไม่รับเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Out of jurisdiction</source>
        <translation>อยู่นอกเขตอำนาจ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>เรื่องซ้ำ</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>เปิดเรื่องใหม่ (ครั้ง)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>ลงทะเบียนเรื่อง</translation>
    </message>
    <message>
        <source>Forward to an agency</source>
        <translation>ส่งต่อหน่วยงาน</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>เริ่มดำเนินการ</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>บันทึกผลการแก้ไข</translation>
    </message>
    <message>
        <source>Close (complainant informed)</source>
        <translation>ยุติเรื่อง (แจ้งผู้ร้องเรียนแล้ว)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ไม่รับเรื่อง</translation>
    </message>
    <message>
        <source>Mark as out of jurisdiction</source>
        <translation>แจ้งว่าอยู่นอกเขตอำนาจ</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>ระบุว่าเป็นเรื่องซ้ำ</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>ขอข้อมูลเพิ่มเติม</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>ยกระดับการพิจารณา</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>เปิดเรื่องใหม่</translation>
    </message>
    <message>
        <source>“%1” is not allowed for a complaint that is “%2”.</source>
        <translation>ไม่สามารถ “%1” กับเรื่องที่อยู่ในสถานะ “%2” ได้</translation>
    </message>
    <message>
        <source>“%1” needs a note saying why, or how the complainant was informed.</source>
        <translation>“%1” ต้องมีบันทึกเหตุผล หรือวิธีที่แจ้งผู้ร้องเรียน</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s category to register it.</source>
        <translation>เลือกประเภทของเรื่องเพื่อลงทะเบียน</translation>
    </message>
    <message>
        <source>Choose the agency to forward the complaint to.</source>
        <translation>เลือกหน่วยงานที่จะส่งต่อเรื่อง</translation>
    </message>
    <message>
        <source>Give the tracking number of the original complaint.</source>
        <translation>ระบุเลขที่เรื่องของเรื่องเดิม</translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself: give the tracking number of the original.</source>
        <translation>เรื่องร้องเรียนไม่สามารถซ้ำกับตัวเองได้ กรุณาระบุเลขที่เรื่องของเรื่องเดิม</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintsHubPart</name>
    <message>
        <source>The branch hub could not read or save the complaint, so nothing was changed. Please try again.</source>
        <translation>ศูนย์กลางสาขาอ่านหรือบันทึกเรื่องร้องเรียนไม่ได้ จึงยังไม่มีการเปลี่ยนแปลงใด ๆ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This branch has no branch code for complaints yet (the hub&apos;s setting %1), so no complaint can be filed. Please call support.</source>
        <translation>สาขานี้ยังไม่มีรหัสสาขาสำหรับเรื่องร้องเรียน (ค่าตั้ง %1 ของศูนย์กลางสาขา) จึงยังรับเรื่องร้องเรียนไม่ได้ กรุณาแจ้งฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>The branch code for complaints (the hub&apos;s setting %1) is &quot;%2&quot;, which is not a branch code (1 to 8 capital letters A-Z and digits), so no complaint can be filed. Please call support.</source>
        <translation>รหัสสาขาสำหรับเรื่องร้องเรียน (ค่าตั้ง %1 ของศูนย์กลางสาขา) เป็น &quot;%2&quot; ซึ่งไม่ใช่รหัสสาขา (อักษรอังกฤษตัวใหญ่ A-Z และตัวเลข รวม 1 ถึง 8 ตัว) จึงยังรับเรื่องร้องเรียนไม่ได้ กรุณาแจ้งฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not one of the branch&apos;s complaint categories. Please choose one from the list.</source>
        <translation>ประเภท &quot;%1&quot; ไม่อยู่ในรายการประเภทเรื่องร้องเรียนของสาขา กรุณาเลือกจากรายการ</translation>
    </message>
    <message>
        <source>The province, amphoe and tambon are not one place in the branch&apos;s list of areas. Please choose them again from the list.</source>
        <translation>จังหวัด อำเภอ และตำบลที่เลือกไม่ตรงกับพื้นที่ใดในรายการพื้นที่ของสาขา กรุณาเลือกใหม่จากรายการ</translation>
    </message>
    <message>
        <source>This branch has given out all of today&apos;s 9999 complaint numbers. Please file the complaint tomorrow or at another branch.</source>
        <translation>วันนี้สาขานี้ออกเลขเรื่องร้องเรียนครบทั้ง 9999 เลขแล้ว กรุณายื่นเรื่องในวันพรุ่งนี้หรือที่สาขาอื่น</translation>
    </message>
    <message>
        <source>There is no complaint %1, at this branch or from central. Please check the number; a complaint filed at another branch shows here once central has sent its state.</source>
        <translation>ไม่พบเรื่องร้องเรียนเลขที่ %1 ทั้งที่สาขานี้และจากส่วนกลาง กรุณาตรวจสอบเลข เรื่องที่ยื่นไว้ที่สาขาอื่นจะแสดงที่นี่เมื่อส่วนกลางส่งสถานะมาแล้ว</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (2 digits) or an amphoe code (4 digits).</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสจังหวัด (2 หลัก) หรือรหัสอำเภอ (4 หลัก)</translation>
    </message>
    <message>
        <source>Files can be attached to a complaint at a counter only, not at a kiosk.</source>
        <translation>แนบไฟล์กับเรื่องร้องเรียนได้ที่ช่องบริการเท่านั้น ไม่ใช่ที่ตู้บริการตนเอง</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ReceiptQrImage</name>
    <message>
        <source>This file cannot be read as an image. Choose a photo or a scan of the receipt (PNG or JPEG).</source>
        <translation>ไม่สามารถอ่านไฟล์นี้เป็นรูปภาพได้ กรุณาเลือกรูปถ่ายหรือภาพสแกนของใบรับเรื่อง (PNG หรือ JPEG)</translation>
    </message>
    <message>
        <source>No QR code could be read in this image. Take the photo again, closer and sharper, or type the tracking number.</source>
        <translation>อ่านคิวอาร์โค้ดจากรูปภาพนี้ไม่ได้ กรุณาถ่ายใหม่ให้ใกล้และชัดขึ้น หรือพิมพ์เลขที่เรื่อง</translation>
    </message>
    <message>
        <source>The QR code in this image is not a complaint receipt&apos;s: it holds no tracking number.</source>
        <translation>คิวอาร์โค้ดในรูปภาพนี้ไม่ใช่ของใบรับเรื่องร้องเรียน ไม่มีเลขที่เรื่อง</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>รูปภาพ (%1)</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::TrackingNumber</name>
    <message>
        <source>The branch code “%1” cannot be used in a tracking number: it has 1 to 8 letters A–Z and digits, in upper case.</source>
        <translation>ใช้รหัสสาขา “%1” ในเลขที่เรื่องไม่ได้: รหัสสาขามีตัวอักษร A–Z พิมพ์ใหญ่และตัวเลข 1 ถึง 8 ตัว</translation>
    </message>
    <message>
        <source>The sequence %1 cannot be used in a tracking number: a branch numbers 1 to %2 complaints a day.</source>
        <translation>ใช้ลำดับที่ %1 ในเลขที่เรื่องไม่ได้: แต่ละสาขาออกเลขได้ 1 ถึง %2 เรื่องต่อวัน</translation>
    </message>
    <message>
        <source>A tracking number can only be made for a date in the Buddhist-Era years %1 to %2.</source>
        <translation>ออกเลขที่เรื่องได้เฉพาะวันที่ในปี พ.ศ. %1 ถึง %2</translation>
    </message>
    <message>
        <source>A tracking number has only letters and digits, with &apos;-&apos; or spaces between groups; %1 is not allowed.</source>
        <translation>เลขที่เรื่องมีเฉพาะตัวอักษรและตัวเลข คั่นกลุ่มด้วย &apos;-&apos; หรือเว้นวรรค ใช้ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>No tracking number was given.</source>
        <translation>ไม่ได้ระบุเลขที่เรื่อง</translation>
    </message>
    <message>
        <source>This does not have the groups of a tracking number: the branch code, then 6 digits of the date, 4 of the sequence and 2 check digits, like B001-691207-0042-71.</source>
        <translation>ข้อความนี้ไม่ได้แบ่งกลุ่มแบบเลขที่เรื่อง: รหัสสาขา ตามด้วยวันที่ 6 หลัก ลำดับ 4 หลัก และเลขตรวจสอบ 2 หลัก เช่น B001-691207-0042-71</translation>
    </message>
    <message>
        <source>A tracking number has a branch code of 1 to 8 letters and digits, then 14 digits, like B001-691207-0042-71; this has %1 letters and digits.</source>
        <translation>เลขที่เรื่องประกอบด้วยรหัสสาขา 1 ถึง 8 ตัว ตามด้วยตัวเลข 14 หลัก เช่น B001-691207-0042-71 แต่ข้อความนี้มีตัวอักษรและตัวเลข %1 ตัว</translation>
    </message>
    <message>
        <source>The last 14 characters of a tracking number are digits, like B001-691207-0042-71; this has a letter among them.</source>
        <translation>14 ตัวสุดท้ายของเลขที่เรื่องเป็นตัวเลขทั้งหมด เช่น B001-691207-0042-71 แต่ข้อความนี้มีตัวอักษรปนอยู่</translation>
    </message>
    <message>
        <source>The date in this tracking number is not a day that exists (YYMMDD, the year of the Buddhist Era, the month, the day).</source>
        <translation>วันที่ในเลขที่เรื่องนี้ไม่มีอยู่จริง (YYMMDD คือ ปี พ.ศ. 2 หลักท้าย เดือน และวัน)</translation>
    </message>
    <message>
        <source>A tracking number&apos;s sequence starts at 0001; 0000 is never given.</source>
        <translation>ลำดับในเลขที่เรื่องเริ่มที่ 0001 ไม่มีเลข 0000</translation>
    </message>
    <message>
        <source>The tracking number&apos;s check digits do not match: a character may be wrong or two may be swapped. Please check the number on the receipt.</source>
        <translation>เลขตรวจสอบของเลขที่เรื่องไม่ตรงกัน อาจพิมพ์ผิดหนึ่งตัวหรือสลับตำแหน่งกัน กรุณาตรวจสอบเลขบนใบรับเรื่องอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::idcard::CardMessages</name>
    <message>
        <source>The card was read.</source>
        <translation>อ่านบัตรเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running on this computer. Ask the IT officer to start it.</source>
        <translation>บริการสมาร์ตการ์ด (pcscd) ไม่ได้ทำงานอยู่ในเครื่องนี้ กรุณาแจ้งเจ้าหน้าที่ไอทีให้เปิดบริการ</translation>
    </message>
    <message>
        <source>No card reader was found. Check that the card reader is plugged in.</source>
        <translation>ไม่พบเครื่องอ่านบัตร กรุณาตรวจสอบว่าเสียบเครื่องอ่านบัตรไว้แล้ว</translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the ID card with the chip facing up.</source>
        <translation>ไม่มีบัตรในเครื่องอ่าน กรุณาเสียบบัตรประชาชนโดยหงายด้านที่มีชิปขึ้น</translation>
    </message>
    <message>
        <source>The card was taken out before reading finished. Insert it again and leave it in until the data appears.</source>
        <translation>บัตรถูกดึงออกก่อนอ่านเสร็จ กรุณาเสียบบัตรใหม่และอย่าดึงออกจนกว่าข้อมูลจะแสดง</translation>
    </message>
    <message>
        <source>Another program interrupted the card reader. Read the card again.</source>
        <translation>มีโปรแกรมอื่นขัดจังหวะเครื่องอ่านบัตร กรุณาอ่านบัตรอีกครั้ง</translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and read the card again.</source>
        <translation>มีโปรแกรมอื่นกำลังใช้บัตรอยู่ กรุณาปิดโปรแกรมนั้นแล้วอ่านบัตรอีกครั้ง</translation>
    </message>
    <message>
        <source>This card is not a Thai national ID card. Ask for the ID card.</source>
        <translation>บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน กรุณาขอบัตรประจำตัวประชาชนจากผู้รับบริการ</translation>
    </message>
    <message>
        <source>The card answered, but its data could not be read. Try again; if it happens again, check the card and enter the data by hand.</source>
        <translation>บัตรตอบสนองแต่อ่านข้อมูลไม่ได้ กรุณาลองอีกครั้ง หากยังไม่ได้ให้ตรวจดูบัตรและกรอกข้อมูลเอง</translation>
    </message>
    <message>
        <source>The card reader reported an error. Take the card out and read it again.</source>
        <translation>เครื่องอ่านบัตรแจ้งข้อผิดพลาด กรุณาดึงบัตรออกแล้วอ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>This ID card expired on %1. It can still be used to identify the person where the law allows, but ask the citizen to renew it.</source>
        <translation>บัตรประจำตัวประชาชนใบนี้หมดอายุแล้วเมื่อวันที่ %1 ยังใช้แสดงตนได้ในกรณีที่กฎหมายอนุญาต แต่ควรแนะนำให้ผู้รับบริการทำบัตรใหม่</translation>
    </message>
    <message>
        <source>The ID number on this card fails its check digit. Check the card carefully before using it.</source>
        <translation>เลขประจำตัวประชาชนบนบัตรนี้มีเลขตรวจสอบไม่ถูกต้อง กรุณาตรวจสอบบัตรให้ละเอียดก่อนใช้งาน</translation>
    </message>
    <message>
        <source>Lifelong</source>
        <translation>ตลอดชีพ</translation>
    </message>
</context>
<context>
    <name>saduak::idcard::CardReadAudit</name>
    <message>
        <source>The branch hub cannot record card reads (its audit key is missing), so the card is not shown. Call support.</source>
        <translation>ศูนย์กลางสาขาบันทึกการอ่านบัตรไม่ได้ (ไม่พบกุญแจสำหรับบันทึกการตรวจสอบ) จึงไม่แสดงข้อมูลบัตร กรุณาแจ้งฝ่ายสนับสนุน</translation>
    </message>
    <message>
        <source>The card read to record is not complete.</source>
        <translation>ข้อมูลการอ่านบัตรที่จะบันทึกไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>The card read could not be recorded, so the card is not shown. Please try again.</source>
        <translation>บันทึกการอ่านบัตรไม่ได้ จึงไม่แสดงข้อมูลบัตร กรุณาลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>saduak::idcard::IdCardPanel</name>
    <message>
        <source>Insert the citizen&apos;s ID card into the card reader.</source>
        <translation>กรุณาเสียบบัตรประจำตัวประชาชนของผู้รับบริการที่เครื่องอ่านบัตร</translation>
    </message>
    <message>
        <source>Reading the ID card… Leave it in the reader.</source>
        <translation>กำลังอ่านบัตรประจำตัวประชาชน… กรุณาเสียบบัตรค้างไว้</translation>
    </message>
    <message>
        <source>The ID card was read.</source>
        <translation>อ่านบัตรประจำตัวประชาชนแล้ว</translation>
    </message>
    <message>
        <source>The card was read, but the read could not be recorded in the audit log, so its data is not shown. Tell support.</source>
        <translation>อ่านบัตรได้ แต่บันทึกการอ่านบัตรลงบันทึกตรวจสอบไม่ได้ จึงไม่แสดงข้อมูล กรุณาแจ้งผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>อ่านบัตรอีกครั้ง</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <source>Card expires</source>
        <translation>บัตรหมดอายุ</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>ไม่มีรูปถ่าย</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ปี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) (the card has no day or month of birth)</source>
        <translation>
            <numerusform>%n ปี (บัตรไม่ระบุวันหรือเดือนเกิด)</numerusform>
        </translation>
    </message>
</context>
</TS>
