-- Demo branch: a mall Government Center with five services and six counters.
-- Applied once, on the first start of an empty database.
-- Opening hours (Asia/Bangkok) as at a mall center: from 08:30; the services whose records live
-- at a district or land office close with it, the rest stay open into the evening. A kiosk
-- issues tickets only within them; queue/openAllDay=true lifts that for a demo after hours.
INSERT INTO service (code, ticket_prefix, name_th, name_en, target_wait_min, module_id, opens_at, closes_at, sort_order) VALUES
    ('A', 'A', 'บัตรประจำตัวประชาชน', 'ID card', 15, 'idcard', '08:30', '18:00', 1),
    ('B', 'B', 'ทะเบียนราษฎร', 'Civil registration', 20, 'civilreg', '08:30', '16:30', 2),
    ('C', 'C', 'สอบถามข้อมูลที่ดิน', 'Land inquiry', 20, 'land', '08:30', '15:30', 3),
    ('D', 'D', 'ลงทะเบียนสินค้า OTOP', 'OTOP registration', 30, 'otop', '08:30', '18:00', 4),
    ('E', 'E', 'เรื่องร้องเรียน', 'Complaints', 15, 'complaints', '08:30', '19:00', 5);

INSERT INTO counter (number, name_th, name_en) VALUES
    (1, 'ช่องบริการ 1', 'Counter 1'),
    (2, 'ช่องบริการ 2', 'Counter 2'),
    (3, 'ช่องบริการ 3', 'Counter 3'),
    (4, 'ช่องบริการ 4', 'Counter 4'),
    (5, 'ช่องบริการ 5', 'Counter 5'),
    (6, 'ช่องบริการ 6', 'Counter 6');

INSERT INTO counter_service (counter_number, service_code) VALUES
    (1, 'A'), (2, 'A'), (2, 'B'), (3, 'B'), (4, 'C'), (4, 'D'), (5, 'D'), (5, 'E'), (6, 'A'), (6, 'E');
