<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AppController</name>
    <message>
        <source>Restore the backup of %1</source>
        <extracomment>The window&apos;s size when the screen has room: it fits a 1366x768 laptop&apos;s work area (1366x728 above the Windows taskbar) with its title bar. What the window manager&apos;s title bar and frame take (Windows 10/11: about 30 px). Folds the store&apos;s write-ahead log into the data file when the lane is idle. The coordinator&apos;s store, opened when a page asks for it, closed in close().</extracomment>
        <translation>Khôi phục bản sao lưu lúc %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Present</source>
        <extracomment>The kinds of change the page shows (the centre&apos;s name heads its printed sheets). The tabs.</extracomment>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <source>Unexcused absence</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Buổi:</translation>
    </message>
    <message>
        <source>Letter keys:</source>
        <translation>Phím chữ:</translation>
    </message>
    <message>
        <source>C M P K (Vietnamese)</source>
        <translation>C M P K (tiếng Việt)</translation>
    </message>
    <message>
        <source>P L E A (English)</source>
        <translation>P L E A (tiếng Anh)</translation>
    </message>
    <message>
        <source>A setting of the centre, kept when the language changes. The digits 1–4 work with both.</source>
        <translation>Thiết lập của trung tâm, không đổi khi đổi ngôn ngữ. Các phím số 1–4 dùng được với cả hai.</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Điểm danh buổi học</translation>
    </message>
    <message>
        <source>Whole class</source>
        <translation>Cả lớp</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>no roll call yet</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <source>No class has sessions yet: schedule them on the Classes page.</source>
        <translation>Chưa có lớp nào có buổi học: hãy lập lịch ở trang Lớp học.</translation>
    </message>
    <message>
        <source>did not take place</source>
        <translation>không diễn ra</translation>
    </message>
</context>
<context>
    <name>AttendancePaper</name>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Lớp: %1</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Người dạy: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Địa điểm: %1</translation>
    </message>
    <message>
        <source>PEOPLE&apos;S COMMITTEE OF %1</source>
        <extracomment>A date column&apos;s head, a point smaller: a month of weekly sessions fits A4 portrait with &quot;02/11&quot; on one line in the wider fonts too (DejaVu Sans broke it as &quot;02/1&quot; + &quot;1&quot;). Blank numbered lines after a talk&apos;s enrolled people, for walk-ins to sign.</extracomment>
        <translation>UBND %1</translation>
    </message>
    <message>
        <source>COMMUNITY LEARNING CENTRE</source>
        <translation>TRUNG TÂM HỌC TẬP CỘNG ĐỒNG</translation>
    </message>
    <message>
        <source>Talk: %1</source>
        <translation>Buổi nói chuyện: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Báo cáo viên: %1</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>(signature, full name and stamp)</source>
        <translation>(ký, ghi rõ họ tên và đóng dấu)</translation>
    </message>
    <message>
        <source>Walk-ins (not enrolled): write your full name and sign</source>
        <translation>Người tham dự vãng lai (không ghi danh): ghi rõ họ tên và ký</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>ATTENDANCE SIGN-IN SHEET</source>
        <translation>DANH SÁCH KÝ TÊN THAM GIA LỚP HỌC</translation>
    </message>
    <message>
        <source>LIST OF PARTICIPANTS</source>
        <translation>DANH SÁCH NGƯỜI THAM DỰ</translation>
    </message>
    <message>
        <source>Participants sign in the column of the session they attend.</source>
        <translation>Người tham dự ký tên vào cột của buổi mình tham dự.</translation>
    </message>
    <message>
        <source>Learners sign in the column of each session they attend.</source>
        <translation>Học viên ký tên vào cột của mỗi buổi mình tham gia.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Người dạy</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Báo cáo viên</translation>
    </message>
    <message>
        <source>Centre director</source>
        <translation>Giám đốc trung tâm</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Số buổi phải dự</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <source>No roll call</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message numerus="yes">
        <source>%n held session(s) without a roll call (%1): everyone expected there counts as not present.</source>
        <translation>
            <numerusform>%n buổi đã diễn ra chưa điểm danh (%1): ở các buổi này, chưa học viên nào được tính là có mặt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions held up to %1: %2; did not take place: %3.</source>
        <translation>Số buổi đã diễn ra đến ngày %1: %2; không diễn ra: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance rate of the class: %1 (%2 of %n expected attendance(s)).</source>
        <translation>
            <numerusform>Tỷ lệ chuyên cần của lớp: %1 (%2 trên %n lượt phải có mặt).</numerusform>
        </translation>
    </message>
    <message>
        <source>ATTENDANCE SUMMARY</source>
        <translation>TỔNG HỢP CHUYÊN CẦN</translation>
    </message>
    <message>
        <source>Expected: held sessions from the learner&apos;s enrolment to their withdrawal. No roll call: expected at a held session without a mark. Rate: present or late, over expected.</source>
        <translation>Số buổi phải dự: các buổi đã diễn ra từ ngày học viên ghi danh đến ngày thôi học. Chưa điểm danh: số buổi phải dự mà chưa được điểm danh. Tỷ lệ: số buổi có mặt hoặc đi muộn trên số buổi phải dự.</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Ông</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Bà</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Ngày sinh: %1</translation>
    </message>
    <message>
        <source>No.: %1/GCN</source>
        <translation>Số: %1/GCN</translation>
    </message>
    <message>
        <source>Year of birth: %1</source>
        <translation>Năm sinh: %1</translation>
    </message>
    <message>
        <source>has attended and completed the class: %1</source>
        <translation>đã tham gia và hoàn thành lớp học: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>CERTIFICATE OF ATTENDANCE</source>
        <translation>GIẤY CHỨNG NHẬN</translation>
    </message>
    <message>
        <source>%1 certifies that</source>
        <translation>%1 chứng nhận</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Centre profile</source>
        <translation>Hồ sơ trung tâm</translation>
    </message>
    <message>
        <source>Welcome to CLC Desktop</source>
        <translation>Chào mừng đến với CLC Desktop</translation>
    </message>
    <message>
        <source>This computer does not hold a centre yet. Enter your community learning centre once; reports will carry this profile.</source>
        <translation>Máy tính này chưa có trung tâm nào. Hãy nhập thông tin trung tâm học tập cộng đồng của bạn một lần; các báo cáo sẽ dùng hồ sơ này.</translation>
    </message>
    <message>
        <source>Where is the centre?</source>
        <translation>Trung tâm ở đâu?</translation>
    </message>
    <message>
        <source>Hà Nội (official list of communes and wards)</source>
        <translation>Hà Nội (danh mục xã, phường chính thức)</translation>
    </message>
    <message>
        <source>Another province</source>
        <translation>Tỉnh, thành phố khác</translation>
    </message>
    <message>
        <source>Type to search, e.g. hoan kiem</source>
        <translation>Gõ để tìm, ví dụ: hoan kiem</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>e.g. Tỉnh Bắc Ninh</source>
        <translation>ví dụ: Tỉnh Bắc Ninh</translation>
    </message>
    <message>
        <source>e.g. Xã Tiên Du</source>
        <translation>ví dụ: Xã Tiên Du</translation>
    </message>
    <message>
        <source>5 digits, optional</source>
        <translation>5 chữ số, không bắt buộc</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Commune code (GSO)</source>
        <translation>Mã xã/phường (TCTK)</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>e.g. TTHTCĐ phường Hoàn Kiếm</source>
        <translation>ví dụ: TTHTCĐ phường Hoàn Kiếm</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Tên trung tâm</translation>
    </message>
    <message>
        <source>as given by the level above, e.g. 01</source>
        <translation>theo mã do cấp trên cung cấp, ví dụ 01</translation>
    </message>
    <message>
        <source>Reports go to</source>
        <translation>Báo cáo gửi lên</translation>
    </message>
    <message>
        <source>Its unit id</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Edit class</source>
        <translation>Sửa lớp học</translation>
    </message>
    <message>
        <source>New class or talk</source>
        <translation>Lớp học hoặc buổi nói chuyện mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>e.g. Tin học cơ bản cho người cao tuổi</source>
        <translation>ví dụ: Tin học cơ bản cho người cao tuổi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Chọn chủ đề</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Người dạy / báo cáo viên</translation>
    </message>
    <message>
        <source>Type or choose, e.g. Hội Phụ nữ</source>
        <translation>Gõ hoặc chọn, ví dụ: Hội Phụ nữ</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>e.g. Nhà văn hóa thôn Đông</source>
        <translation>ví dụ: Nhà văn hóa thôn Đông</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Planned length of a session</source>
        <translation>Thời lượng mỗi buổi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Schedule (dates only)</source>
        <translation>Lịch học (theo ngày)</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>Ngày nói chuyện</translation>
    </message>
    <message>
        <source>A talk is held on one date. Walk-ins (not registered) are counted at its roll call.</source>
        <translation>Buổi nói chuyện diễn ra trong một ngày. Người vãng lai (không đăng ký) được đếm khi điểm danh.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Repeat on</source>
        <translation>Học vào</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cứ</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>tuần một lần</translation>
    </message>
    <message>
        <source>Holidays and days off (ticked: no session)</source>
        <translation>Ngày lễ, ngày nghỉ (đánh dấu: không học)</translation>
    </message>
    <message>
        <source>Skip the whole Tết week</source>
        <translation>Nghỉ cả tuần Tết</translation>
    </message>
    <message>
        <source>Ticks every session from the 26th or 27th of the last lunar month to the 6th of the first (centres rest then; learners travel home).</source>
        <translation>Đánh dấu nghỉ mọi buổi từ ngày 26 hoặc 27 tháng Chạp đến hết mùng 6 tháng Giêng (trung tâm nghỉ, học viên về quê ăn Tết).</translation>
    </message>
    <message>
        <source>Skip this date</source>
        <translation>Nghỉ ngày này</translation>
    </message>
    <message>
        <source>Single added dates</source>
        <translation>Buổi thêm (ngày lẻ)</translation>
    </message>
    <message>
        <source>Add this date</source>
        <translation>Thêm ngày này</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Báo cáo viên</translation>
    </message>
    <message>
        <source>The talk</source>
        <translation>Buổi nói chuyện</translation>
    </message>
    <message>
        <source>Name of the talk</source>
        <translation>Tên buổi nói chuyện</translation>
    </message>
    <message>
        <source>e.g. Phòng chống lừa đảo qua mạng</source>
        <translation>ví dụ: Phòng chống lừa đảo qua mạng</translation>
    </message>
    <message>
        <source>Edit the talk</source>
        <translation>Sửa buổi nói chuyện</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>No holiday falls on these days.</source>
        <translation>Không có ngày lễ nào rơi vào các ngày học.</translation>
    </message>
    <message>
        <source>1 session, on %1</source>
        <translation>1 buổi, ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1</source>
        <translation>
            <numerusform>%n buổi, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No session yet: tick weekdays or add dates.</source>
        <translation>Chưa có buổi nào: hãy chọn thứ trong tuần hoặc thêm ngày.</translation>
    </message>
    <message>
        <source>The sessions stay as they are.</source>
        <translation>Các buổi học giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n buổi mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>bỏ %n buổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept because they hold attendance marks: %1.</source>
        <translation>Giữ lại vì đã có điểm danh: %1.</translation>
    </message>
</context>
<context>
    <name>ClassGridTab</name>
    <message>
        <source>Filter learners by name…</source>
        <translation>Lọc học viên theo tên…</translation>
    </message>
    <message>
        <source>Did not take place: marks count nowhere</source>
        <translation>Không diễn ra: điểm danh không được tính</translation>
    </message>
    <message>
        <source>Not enrolled on this date</source>
        <translation>Chưa ghi danh (hoặc đã thôi học) vào ngày này</translation>
    </message>
    <message>
        <source>Same keys as the roll call, on the selected cell. Grey: not enrolled on that date; dark grey: did not take place. Select date columns (Ctrl+click their headers) to print a sign-in sheet of those dates.</source>
        <translation>Các phím như khi điểm danh, áp dụng cho ô đang chọn. Ô xám: chưa ghi danh vào ngày đó; xám đậm: buổi không diễn ra. Chọn các cột ngày (Ctrl+bấm vào tiêu đề cột) để in danh sách ký tên của những ngày đó.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) · %1 · class attendance rate %2 %</source>
        <translation>
            <numerusform>%n học viên · %1 · tỷ lệ chuyên cần của lớp %2 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held so far</source>
        <translation>
            <numerusform>%n buổi đã diễn ra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassGridTableModel</name>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) attended, %2</source>
        <translation>
            <numerusform>Có mặt %1 / %n buổi, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>vắng %n buổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassLabels</name>
    <message>
        <source>Course</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Talk / event</source>
        <translation>Nói chuyện / sự kiện</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã học</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Không diễn ra</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>In the class from a later date: tickable (enrolling them again moves the date).</extracomment>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Lượt điểm danh</translation>
    </message>
    <message>
        <source>Attended / expected</source>
        <translation>Có mặt / dự kiến</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Enrolled from</source>
        <translation>Vào lớp từ</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Thôi học ngày</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>the class start</source>
        <translation>đầu khóa</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>already in the class</source>
        <translation>đã có trong lớp</translation>
    </message>
    <message>
        <source>in the class from %1</source>
        <translation>đã vào lớp từ %1</translation>
    </message>
</context>
<context>
    <name>ClassLearnersTab</name>
    <message>
        <source>Change the enrolment date…</source>
        <translation>Sửa ngày vào lớp…</translation>
    </message>
    <message>
        <source>Remove from the class…</source>
        <translation>Xóa khỏi lớp…</translation>
    </message>
    <message>
        <source>Add participants…</source>
        <translation>Thêm người tham dự…</translation>
    </message>
    <message>
        <source>Sessions already held</source>
        <translation>Các buổi đã học</translation>
    </message>
    <message numerus="yes">
        <source>From %1, the learners are not expected at the %n session(s) already held before that date: %2.</source>
        <translation>
            <numerusform>Vào lớp từ %1 thì học viên không được tính ở %n buổi đã học trước ngày đó: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A roll call of those sessions will not list them. Which date is right?</source>
        <translation>Danh sách điểm danh các buổi đó sẽ không có tên họ. Ngày nào là đúng?</translation>
    </message>
    <message>
        <source>From %1 (the first day)</source>
        <translation>Từ %1 (buổi đầu)</translation>
    </message>
    <message>
        <source>From %1 as chosen</source>
        <translation>Vẫn từ %1 như đã chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the class now count from the date chosen.</source>
        <translation>
            <numerusform>%n người đã có trong lớp nay được tính từ ngày đã chọn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the learners whose enrolment date is wrong first.</source>
        <translation>Hãy chọn trước các học viên có ngày vào lớp bị sai.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) now enrolled from %1.</source>
        <translation>
            <numerusform>%n học viên nay vào lớp từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the learners enrolled by mistake first.</source>
        <translation>Hãy chọn trước các học viên bị ghi danh nhầm.</translation>
    </message>
    <message>
        <source>Remove from the class</source>
        <translation>Xóa khỏi lớp</translation>
    </message>
    <message>
        <source>Remove %1 from «%2»? Use this for an enrolment made by mistake.</source>
        <translation>Xóa %1 khỏi «%2»? Chỉ dùng khi ghi danh nhầm.</translation>
    </message>
    <message>
        <source>A learner who came and then left is withdrawn instead (Withdraw…).</source>
        <translation>Học viên đã đi học rồi nghỉ thì dùng «Thôi học…» thay vì xóa.</translation>
    </message>
    <message>
        <source>Removed from the class: %1.</source>
        <translation>Đã xóa khỏi lớp: %1.</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Classes and talks</source>
        <translation>Lớp học và buổi nói chuyện</translation>
    </message>
    <message>
        <source>New class or talk…</source>
        <translation>Thêm lớp hoặc buổi nói chuyện…</translation>
    </message>
    <message>
        <source>Double-click a class (or press Enter) to see its sessions, learners and attendance.</source>
        <translation>Nhấp đúp vào một lớp (hoặc nhấn Enter) để xem các buổi học, học viên và tỷ lệ chuyên cần.</translation>
    </message>
    <message>
        <source>Search by name, facilitator or place</source>
        <translation>Tìm theo tên lớp, người dạy hoặc địa điểm</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <source>Running and not started</source>
        <translation>Đang học và sắp mở</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>← All classes</source>
        <translation>← Danh sách lớp</translation>
    </message>
    <message>
        <source>Edit class and schedule…</source>
        <translation>Sửa lớp và lịch học…</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỷ lệ chuyên cần</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Buổi học</translation>
    </message>
    <message>
        <source>Learners enrolled</source>
        <translation>Học viên đang học</translation>
    </message>
    <message>
        <source>Move to the archive</source>
        <translation>Chuyển vào lưu trữ</translation>
    </message>
    <message>
        <source>Move «%1» to the archive? It leaves the list of running classes and the roll call; its sessions, learners and marks are kept and still count in the reports. «Bring back from the archive» undoes it.</source>
        <translation>Chuyển «%1» vào lưu trữ? Lớp sẽ không còn trong danh sách lớp đang học và trang điểm danh; các buổi học, học viên và điểm danh vẫn được giữ và vẫn tính vào báo cáo. Bấm «Đưa ra khỏi lưu trữ» để hoàn tác.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>Ghi danh học viên…</translation>
    </message>
    <message>
        <source>Copy from another class…</source>
        <translation>Chép từ lớp khác…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Cho thôi học…</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <source>Learners</source>
        <extracomment>Held sessions without a roll call: everyone enrolled counts as expected there.</extracomment>
        <translation>Học viên</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) shown</source>
        <translation>
            <numerusform>Đang hiện %n lớp</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring back from the archive</source>
        <translation>Đưa ra khỏi lưu trữ</translation>
    </message>
    <message>
        <source>Move to the archive…</source>
        <translation>Chuyển vào lưu trữ…</translation>
    </message>
    <message>
        <source>Edit the talk…</source>
        <translation>Sửa buổi nói chuyện…</translation>
    </message>
    <message numerus="yes">
        <source>= attended %1 / expected %2, at the %n held session(s) up to %3. Expected: each learner enrolled on the session&apos;s date (from the enrolment date up to the withdrawal date). Attended: present or late.</source>
        <translation>
            <numerusform>= có mặt %1 / dự kiến %2, tại %n buổi đã học đến ngày %3. Dự kiến: mỗi học viên đang ghi danh vào ngày của buổi học (từ ngày vào lớp đến ngày thôi học). Có mặt: có mặt hoặc đi muộn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>tổng cộng %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>bỏ %1 buổi</translation>
    </message>
    <message>
        <source>%1 min a session</source>
        <translation>%1 phút mỗi buổi</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Người dạy: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Báo cáo viên: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Phối hợp: %1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>Tại: %1</translation>
    </message>
    <message>
        <source>%1 held so far, %2 did not take place, %3 to come</source>
        <translation>%1 buổi đã học, %2 buổi không diễn ra, %3 buổi sắp tới</translation>
    </message>
    <message>
        <source>Participants registered</source>
        <translation>Người tham dự đã đăng ký</translation>
    </message>
    <message>
        <source>%1 withdrawn, %2 completed</source>
        <translation>%1 thôi học, %2 hoàn thành</translation>
    </message>
    <message>
        <source>Learners (%1)</source>
        <translation>Học viên (%1)</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Người tham dự (%1)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Buổi học (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a roll call: %1. Everyone enrolled counts as expected there: take the roll call on the Attendance page.</source>
        <translation>
            <numerusform>%n buổi chưa điểm danh: %1. Ở các buổi này mọi học viên đã ghi danh đều được tính là dự kiến: hãy điểm danh ở trang Điểm danh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>%1 registered participants present, %2 walk-ins</source>
        <translation>%1 người đã đăng ký có mặt, %2 người vãng lai</translation>
    </message>
    <message numerus="yes">
        <source>Saved, with %n session(s).</source>
        <translation>
            <numerusform>Đã lưu, với %n buổi học.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>thêm %n buổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept because they hold attendance marks: %1.</source>
        <translation>Giữ lại vì đã có điểm danh: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) enrolled.</source>
        <extracomment>What the page shows: the list (sessions, learners), a class&apos;s sessions, learners and rate. Replaced in tests: runs a dialog, True when accepted; runs a message box.</extracomment>
        <translation>
            <numerusform>Đã ghi danh %n học viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in the class.</source>
        <translation>
            <numerusform>%n người đã có trong lớp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the learners to withdraw first.</source>
        <translation>Hãy chọn học viên cần cho thôi học trước.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) withdrawn on %1.</source>
        <translation>
            <numerusform>%n học viên thôi học từ ngày %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the learners who completed first.</source>
        <translation>Hãy chọn các học viên đã hoàn thành trước.</translation>
    </message>
</context>
<context>
    <name>CloseUnitDialog</name>
    <message>
        <source>Close a unit</source>
        <translation>Giải thể một đơn vị</translation>
    </message>
    <message>
        <source>Close «%1»? Units are never deleted: its reports and history stay, and it is no longer expected to report after this date.</source>
        <translation>Giải thể «%1»? Đơn vị không bao giờ bị xóa: các báo cáo và lịch sử của đơn vị vẫn được giữ, và sau ngày này đơn vị không còn phải báo cáo.</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Ngày giải thể:</translation>
    </message>
    <message>
        <source>Close the unit</source>
        <translation>Giải thể đơn vị</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ConsolidatingUnitDialog</name>
    <message>
        <source>The unit you consolidate for</source>
        <translation>Đơn vị tổng hợp</translation>
    </message>
    <message>
        <source>The consolidated report is the report of this unit: the sum of the units below it in the list of units.</source>
        <translation>Báo cáo tổng hợp là báo cáo của đơn vị này: cộng số liệu của các đơn vị trực thuộc trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>Type to search, or fill in below</source>
        <translation>Gõ để tìm, hoặc điền ở dưới</translation>
    </message>
    <message>
        <source>From the list:</source>
        <translation>Chọn từ danh sách:</translation>
    </message>
    <message>
        <source>ID (A-Z, 0-9, . _ -):</source>
        <translation>Mã (chữ không dấu, số, . _ -):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>For coordinators: import the report files the centres send, check them, see who has not reported, and consolidate them into the report of your unit.</source>
        <translation>Dành cho cán bộ tổng hợp: nhập các tệp báo cáo các trung tâm gửi lên, kiểm tra, xem đơn vị nào chưa báo cáo và tổng hợp thành báo cáo của đơn vị mình.</translation>
    </message>
    <message>
        <source>Coordinator file:</source>
        <translation>Tệp dữ liệu tổng hợp:</translation>
    </message>
    <message>
        <source>Open or create…</source>
        <translation>Mở hoặc tạo mới…</translation>
    </message>
    <message>
        <source>Consolidating for:</source>
        <translation>Tổng hợp cho:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Danh sách đơn vị</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <source>Status and completeness</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <source>Consolidated report</source>
        <translation>Báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Open or create the coordinator file</source>
        <translation>Mở hoặc tạo tệp dữ liệu tổng hợp</translation>
    </message>
    <message>
        <source>Coordinator file (*.clcc *.db)</source>
        <translation>Tệp dữ liệu tổng hợp (*.clcc *.db)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>opening %1…</source>
        <translation>đang mở %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Đã mở %1.</translation>
    </message>
    <message>
        <source>none chosen yet: open or create one</source>
        <translation>chưa chọn: hãy mở hoặc tạo một tệp</translation>
    </message>
    <message>
        <source>Choose the coordinator file first: it keeps your list of units and every report you import (the centre&apos;s own data is not touched).</source>
        <translation>Hãy chọn tệp dữ liệu tổng hợp trước: tệp này lưu danh sách đơn vị và mọi báo cáo đã nhập (dữ liệu riêng của trung tâm không bị động đến).</translation>
    </message>
    <message>
        <source>no unit chosen yet</source>
        <translation>chưa chọn đơn vị</translation>
    </message>
    <message>
        <source>%1 (ID %2, level %3)</source>
        <translation>%1 (mã %2, cấp %3)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>ConsolidationTab</name>
    <message>
        <source>Consolidate</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Export the consolidated report…</source>
        <translation>Xuất báo cáo tổng hợp…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Reports summed</source>
        <translation>Số báo cáo được cộng</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Classes and talks</source>
        <translation>Lớp học và buổi nói chuyện</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Lượt người tham gia</translation>
    </message>
    <message>
        <source>By unit and topic (change from the previous period):</source>
        <translation>Theo đơn vị và chủ đề (so với kỳ trước):</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Lượt ghi danh</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Buổi học đã tổ chức</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Lượt có mặt</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Lượt vãng lai</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Consolidation cancelled.</source>
        <translation>Đã hủy việc tổng hợp.</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <source>Not consolidated.</source>
        <translation>Chưa tổng hợp được.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln expected unit(s) missing</source>
        <translation>
            <numerusform>%1 trên %Ln đơn vị chưa báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of whom %Ln women</source>
        <translation>
            <numerusform>trong đó %Ln nữ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) held</source>
        <translation>
            <numerusform>%Ln buổi đã tổ chức</numerusform>
        </translation>
    </message>
    <message>
        <source>attendances %1 + walk-ins %2</source>
        <translation>lượt có mặt %1 + vãng lai %2</translation>
    </message>
    <message numerus="yes">
        <source>Consolidated %Ln report(s) for %1, period %2.</source>
        <translation>
            <numerusform>Đã tổng hợp %Ln báo cáo cho %1, kỳ %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the imported report of «%1» differs from the one counted in the report of «%2» (listed %3…, imported %4…). The numbers of «%2» are used.</source>
        <translation>Lưu ý: báo cáo đã nhập của «%1» khác với bản được tính trong báo cáo của «%2» (bản được liệt kê %3…, bản đã nhập %4…). Số liệu của «%2» được sử dụng.</translation>
    </message>
    <message>
        <source>«%1» is already counted in the report of «%2»: not added again.</source>
        <translation>«%1» đã được tính trong báo cáo của «%2»: không cộng lại.</translation>
    </message>
    <message>
        <source>Imported but not below your unit, not summed: %1 (%2).</source>
        <translation>Đã nhập nhưng không trực thuộc đơn vị của bạn, không cộng: %1 (%2).</translation>
    </message>
    <message>
        <source>Summed although flagged (accepted by you): %1.</source>
        <translation>Được cộng dù cần xem lại (bạn đã đồng ý nhập): %1.</translation>
    </message>
    <message>
        <source>Not reported yet: %1.</source>
        <translation>Chưa báo cáo: %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Export the consolidated report</source>
        <translation>Xuất báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Writing the consolidated report…</source>
        <translation>Đang ghi báo cáo tổng hợp…</translation>
    </message>
    <message>
        <source>checked: valid</source>
        <translation>đã kiểm tra: hợp lệ</translation>
    </message>
    <message>
        <source>checked: flagged</source>
        <translation>đã kiểm tra: cần xem lại</translation>
    </message>
    <message>
        <source>checked: NOT valid</source>
        <translation>đã kiểm tra: KHÔNG hợp lệ</translation>
    </message>
    <message>
        <source>Wrote the consolidated report to %1 (%2).</source>
        <translation>Đã ghi báo cáo tổng hợp vào %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CoordinatorContext</name>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. If the file is open in Excel, close it and try again.</source>
        <translation>Không ghi được %1: %2. Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lần nữa.</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy the learners of another class</source>
        <translation>Chép học viên từ lớp khác</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n learner(s))</source>
        <translation>
            <numerusform>%1 (%n học viên)</numerusform>
        </translation>
    </message>
    <message>
        <source>From the class</source>
        <translation>Từ lớp</translation>
    </message>
    <message>
        <source>Enrolled from</source>
        <translation>Vào lớp từ ngày</translation>
    </message>
    <message>
        <source>Learners withdrawn from that class are not copied; those already here stay.</source>
        <translation>Học viên đã thôi học ở lớp đó không được chép; học viên đã có trong lớp này giữ nguyên.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Chép</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EnrolDateDialog</name>
    <message>
        <source>Change the enrolment date</source>
        <translation>Sửa ngày vào lớp</translation>
    </message>
    <message>
        <source>Learner(s)</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Enrolled from</source>
        <translation>Vào lớp từ ngày</translation>
    </message>
    <message>
        <source>They are expected at every session from this date. The class&apos;s first day is %1: choose it when they were there from the start.</source>
        <translation>Học viên được tính là dự kiến ở mọi buổi từ ngày này. Buổi đầu của lớp là %1: chọn ngày đó nếu họ học từ đầu.</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Sửa ngày</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners: %1</source>
        <translation>Ghi danh học viên: %1</translation>
    </message>
    <message>
        <source>Search by name, phone or village, with or without accents</source>
        <translation>Tìm theo tên, số điện thoại hoặc thôn, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Tick the learners to enrol (click the box, or select rows and press Space). Ticked learners stay ticked when you search again.</source>
        <translation>Đánh dấu học viên cần ghi danh (bấm vào ô, hoặc chọn dòng rồi nhấn phím cách). Học viên đã đánh dấu vẫn được giữ khi tìm lại.</translation>
    </message>
    <message>
        <source>Loading the learners…</source>
        <translation>Đang tải danh sách học viên…</translation>
    </message>
    <message>
        <source>Enrolled from</source>
        <translation>Vào lớp từ ngày</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Ghi danh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n học viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n learner(s)</source>
        <translation>
            <numerusform>Ghi danh %n học viên</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ticked: </source>
        <translation>đã chọn %1: </translation>
    </message>
</context>
<context>
    <name>FileWritten</name>
    <message>
        <source>The file was saved: {name}</source>
        <translation>Đã lưu tệp: {name}</translation>
    </message>
    <message>
        <source>In the folder: {folder}</source>
        <translation>Trong thư mục: {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address, village</source>
        <translation>Địa chỉ, thôn/xóm</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Lặp lại trong tệp</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Nhập mới</translation>
    </message>
    <message>
        <source>Use the existing learner</source>
        <translation>Dùng học viên đã có</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Already registered: %1</source>
        <translation>Đã có trong danh sách: %1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(và %1 người khác)</translation>
    </message>
    <message>
        <source>The same person as row %1?</source>
        <translation>Cùng một người với dòng %1?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTableModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Đồng ý nhập</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <source>Older version (history only)</source>
        <translation>Phiên bản cũ (chỉ lưu lịch sử)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Locked (accepted)</source>
        <translation>Đã khóa (đã duyệt)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Flagged: %1</source>
        <translation>Cần xem lại: %1</translation>
    </message>
    <message>
        <source>import it</source>
        <translation>nhập tệp này</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Drop report files or whole folders onto this page, or:</source>
        <translation>Kéo thả tệp báo cáo hoặc cả thư mục vào trang này, hoặc:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Add report files</source>
        <translation>Thêm tệp báo cáo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx *.xlsm);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Add a folder of report files</source>
        <translation>Thêm thư mục chứa tệp báo cáo</translation>
    </message>
    <message>
        <source>Nothing is imported until you press Import. Reports for another period than %1, or from a unit outside your list, are flagged.</source>
        <translation>Chưa có gì được nhập cho đến khi bạn bấm Nhập. Báo cáo của kỳ khác kỳ %1, hoặc của đơn vị ngoài danh sách, sẽ được đánh dấu cần xem lại.</translation>
    </message>
    <message>
        <source>Reading cancelled. Nothing was imported.</source>
        <translation>Đã hủy việc đọc tệp. Không có gì được nhập.</translation>
    </message>
    <message>
        <source>Reading and checking the files…</source>
        <translation>Đang đọc và kiểm tra các tệp…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s): %1 to import, %2 flagged (tick those to import), %3 already imported, %4 rejected.</source>
        <translation>
            <numerusform>%Ln tệp: %1 tệp sẽ nhập, %2 tệp cần xem lại (đánh dấu để nhập), %3 tệp đã nhập trước đó, %4 tệp bị từ chối.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked the files. Review the list, then press Import.</source>
        <translation>Đã kiểm tra các tệp. Hãy xem lại danh sách rồi bấm Nhập.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln file(s)</source>
        <translation>
            <numerusform>Nhập %Ln tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Đã hủy việc nhập. Không có gì được nhập.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>không nhập</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>đã có sẵn</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) (%1 of them flagged, kept marked as such); %2 flagged files not imported.</source>
        <translation>
            <numerusform>Đã nhập %Ln tệp (%1 tệp cần xem lại, vẫn được đánh dấu); %2 tệp cần xem lại không được nhập.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>Sửa thông tin học viên</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Thêm học viên</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hương</source>
        <translation>ví dụ Nguyễn Thị Hương</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>or the year alone</source>
        <translation>hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>The full date if known; the birth year alone is enough.</source>
        <translation>Ghi đủ ngày nếu biết; chỉ có năm sinh cũng được.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Type to search, e.g. tay, muong</source>
        <translation>Gõ để tìm, ví dụ tay, muong</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Là người khuyết tật</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>e.g. Thôn Đông</source>
        <translation>ví dụ Thôn Đông</translation>
    </message>
    <message>
        <source>Address, village</source>
        <translation>Địa chỉ, thôn/xóm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Open this learner instead</source>
        <translation>Mở hồ sơ này</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation>cùng họ tên và năm sinh</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>cùng số điện thoại</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
    <message>
        <source>Possibly already registered (%1). Open the existing record instead of creating a second one:</source>
        <translation>Có thể đã có trong danh sách (%1). Hãy mở hồ sơ đã có thay vì tạo hồ sơ thứ hai:</translation>
    </message>
    <message>
        <source>Possibly already registered</source>
        <translation>Có thể đã có trong danh sách</translation>
    </message>
    <message>
        <source>%1 may already be registered:</source>
        <translation>%1 có thể đã có trong danh sách học viên:</translation>
    </message>
    <message>
        <source>%1 may be the same person as:</source>
        <translation>%1 có thể là cùng một người với:</translation>
    </message>
    <message>
        <source>Save a new record anyway, only if this is another person.</source>
        <translation>Chỉ lưu hồ sơ mới nếu đây là một người khác.</translation>
    </message>
    <message>
        <source>Save the changes anyway, only if this is another person.</source>
        <translation>Chỉ lưu thay đổi nếu đây là một người khác.</translation>
    </message>
    <message>
        <source>Save, another person</source>
        <translation>Lưu, đây là người khác</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>LearnerImportDialog</name>
    <message>
        <source>Import a learner list from Excel</source>
        <extracomment>Where the learner lists are opened from and the rejected rows saved (ui.files).</extracomment>
        <translation>Nhập danh sách học viên từ Excel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>1. Choose the Excel file</source>
        <translation>1. Chọn tệp Excel</translation>
    </message>
    <message>
        <source>Choose the .xlsx file of your learner list. Title rows above the table are fine; the columns are recognised by their headers (Họ và tên, Ngày sinh, Giới tính, Dân tộc, Địa chỉ, Số điện thoại, ...). Nothing is written before you have seen a preview.</source>
        <translation>Chọn tệp .xlsx chứa danh sách học viên. Các dòng tiêu đề phía trên bảng không sao; các cột được nhận ra theo tên cột (Họ và tên, Ngày sinh, Giới tính, Dân tộc, Địa chỉ, Số điện thoại, ...). Chưa có gì được ghi trước khi bạn xem trước kết quả.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>2. Check the columns</source>
        <translation>2. Kiểm tra các cột</translation>
    </message>
    <message>
        <source>What each column of the file holds. Change a column&apos;s field if it was not recognised, or choose (ignore) for a column not to import.</source>
        <translation>Nội dung của từng cột trong tệp. Nếu một cột chưa được nhận ra đúng, hãy chọn lại; chọn (bỏ qua) cho cột không cần nhập.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tên cột trong tệp</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Vài giá trị đầu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>3. Preview: nothing has been written yet</source>
        <translation>3. Xem trước: chưa có gì được ghi</translation>
    </message>
    <message>
        <source>For the selected rows:</source>
        <translation>Với các dòng đã chọn:</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Nhập mới</translation>
    </message>
    <message>
        <source>Use the existing learner</source>
        <translation>Dùng học viên đã có</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Save the rejected rows…</source>
        <translation>Lưu các dòng bị từ chối…</translation>
    </message>
    <message>
        <source>Enrol everyone imported in:</source>
        <translation>Ghi danh tất cả người được nhập vào lớp:</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(không ghi danh)</translation>
    </message>
    <message>
        <source>4. Imported</source>
        <translation>4. Đã nhập</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>Xem trước &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Choose a learner list</source>
        <translation>Chọn danh sách học viên</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>No header row with a full name column was found. Choose the header row and the name column below.</source>
        <translation>Không tìm thấy dòng tiêu đề có cột họ và tên. Hãy chọn dòng tiêu đề và cột họ tên ở dưới.</translation>
    </message>
    <message>
        <source>data from row %1</source>
        <translation>dữ liệu từ dòng %1</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Đang kiểm tra từng dòng…</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 possible duplicates, %4 rejected. Will create %5 learners, use %6 already registered, skip %7. Double-click a choice to change it, or select rows and use the buttons.</source>
        <translation>%1 dòng: %2 mới, %3 có thể trùng, %4 bị từ chối. Sẽ tạo %5 học viên, dùng %6 học viên đã có, bỏ qua %7. Nhấp đúp vào ô lựa chọn để đổi, hoặc chọn các dòng rồi bấm nút.</translation>
    </message>
    <message>
        <source>Skipped as the list&apos;s total, not a learner: row %1.</source>
        <translation>Đã bỏ qua dòng tổng cộng (không phải học viên): dòng %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. If the file is open in Excel, close it and try again.</source>
        <translation>Không ghi được %1: %2. Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Imported: %1 new learners, %2 already registered, %3 rows skipped.</source>
        <translation>Đã nhập: %1 học viên mới, %2 học viên đã có, bỏ qua %3 dòng.</translation>
    </message>
    <message>
        <source>%1 enrolled in %2 (%3 were already enrolled).</source>
        <translation>%1 người được ghi danh vào %2 (%3 người đã có trong lớp).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message numerus="yes">
        <source>Read %Ln row(s) from the sheet «%1».</source>
        <translation>
            <numerusform>Đã đọc %Ln dòng của trang «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected rows do not allow that choice.</source>
        <translation>
            <numerusform>%n dòng đã chọn không cho phép lựa chọn đó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rejected row(s) to %1: fix them there and import that file.</source>
        <translation>
            <numerusform>Đã lưu %n dòng bị từ chối vào %1: hãy sửa trong tệp đó rồi nhập lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Đã hủy. Chưa có gì được nhập.</translation>
    </message>
</context>
<context>
    <name>LearnerLabels</name>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation>Dưới 15</translation>
    </message>
    <message>
        <source>15–25</source>
        <translation>15–25</translation>
    </message>
    <message>
        <source>26–35</source>
        <translation>26–35</translation>
    </message>
    <message>
        <source>36–60</source>
        <translation>36–60</translation>
    </message>
    <message>
        <source>Over 60</source>
        <translation>Trên 60</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Không rõ tuổi</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address, village</source>
        <translation>Địa chỉ, thôn/xóm</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <extracomment>What the page shows: learners, the classes of its filter, the enrolments behind both. Replaced in tests: how the dialogs are run (default: modal, deleted once closed).</extracomment>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Search by name, phone or village; accents are optional (e.g. nguyen van duc)</source>
        <translation>Tìm theo tên, số điện thoại hoặc thôn/xóm; gõ có dấu hay không dấu đều được (ví dụ nguyen van duc)</translation>
    </message>
    <message>
        <source>New learner…</source>
        <translation>Thêm học viên…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>Mọi giới tính</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Mọi độ tuổi</translation>
    </message>
    <message>
        <source>Disability: any</source>
        <translation>Khuyết tật: tất cả</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>Có khuyết tật</translation>
    </message>
    <message>
        <source>Without a disability</source>
        <translation>Không khuyết tật</translation>
    </message>
    <message>
        <source>Current learners</source>
        <translation>Học viên hiện tại</translation>
    </message>
    <message>
        <source>Archived learners</source>
        <translation>Học viên đã lưu trữ</translation>
    </message>
    <message>
        <source>Current and archived</source>
        <translation>Hiện tại và đã lưu trữ</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Hồ sơ có thể trùng</translation>
    </message>
    <message>
        <source>Show only learners who share a name and birth year, or a phone number, with another learner</source>
        <translation>Chỉ hiện những học viên trùng họ tên và năm sinh, hoặc trùng số điện thoại, với một học viên khác</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Merged the two records of %1 into one: %2 attendance marks and %3 enrolments moved.</source>
        <translation>Đã gộp hai hồ sơ của %1 làm một: chuyển %2 lượt điểm danh và %3 lượt ghi danh.</translation>
    </message>
    <message>
        <source>Merge two…</source>
        <translation>Gộp hai hồ sơ…</translation>
    </message>
    <message>
        <source>Select the two records of one person, then merge</source>
        <translation>Chọn hai hồ sơ của cùng một người rồi gộp</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln learner(s)</source>
        <translation>
            <numerusform>%1 / %Ln học viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s) may be recorded twice. Select the two records of one person and choose Merge two.</source>
        <translation>
            <numerusform>%Ln học viên có thể bị ghi hai lần. Hãy chọn hai hồ sơ của cùng một người rồi bấm Gộp hai hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln learner(s). They stay in the reports of the past; choose Archived learners to see them.</source>
        <translation>
            <numerusform>Đã lưu trữ %Ln học viên. Họ vẫn được tính trong báo cáo các kỳ trước; chọn «Học viên đã lưu trữ» để xem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln learner(s).</source>
        <translation>
            <numerusform>Đã đưa trở lại %Ln học viên.</numerusform>
        </translation>
    </message>
    <message>
        <source>No learner seems to be recorded twice.</source>
        <translation>Không thấy học viên nào bị ghi hai lần.</translation>
    </message>
    <message>
        <source>Move to the archive…</source>
        <translation>Chuyển vào lưu trữ…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Đưa trở lại</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Move %1 to the archive?</source>
        <translation>Chuyển %1 vào lưu trữ?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n người nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n learner(s) to the archive?</source>
        <translation>
            <numerusform>Chuyển %n học viên sau vào lưu trữ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to the archive</source>
        <translation>Chuyển vào lưu trữ</translation>
    </message>
    <message>
        <source>An archived learner leaves the list and the roll calls; their attendance stays in the reports of the past. Bring back undoes it.</source>
        <translation>Học viên đã lưu trữ không còn hiện trong danh sách và khi điểm danh; các lượt điểm danh đã có vẫn được tính trong báo cáo các kỳ trước. Muốn hoàn tác, chọn «Đưa trở lại».</translation>
    </message>
    <message>
        <source>Delete a learner</source>
        <translation>Xóa học viên</translation>
    </message>
    <message>
        <source>Delete %1 for good? Only a learner without any attendance can be deleted; otherwise archive the learner.</source>
        <translation>Xóa hẳn %1? Chỉ xóa được học viên chưa có lượt điểm danh nào; nếu đã có, hãy lưu trữ học viên.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>How often the window asks the store whether a backup is due (it makes one at most every 30 minutes, and only after changes). The coordinator&apos;s store, opened when the Consolidation page asks for it; closed with the window unless the composition root passed (and closes) its own. Reads and changes of the centre&apos;s store; pages refresh from ``ops.changed``. Runs a dialog modally (tests replace it to drive the dialog). The store&apos;s backups, newest first. It reads a folder: pages call it in the work function of an operation, never in a slot.</extracomment>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the data with the backup taken %1? Changes made after it will no longer be shown. The current file is kept beside it.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu lúc %1? Các thay đổi sau thời điểm đó sẽ không còn hiển thị. Tệp hiện tại vẫn được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two learner records</source>
        <translation>Gộp hai hồ sơ học viên</translation>
    </message>
    <message>
        <source>These two records will become one. Every enrolment and attendance mark of both is kept (where both were marked at one session, the stronger mark stays). Empty fields of the kept record are filled from the other; the merge is written into its notes. This cannot be undone.</source>
        <translation>Hai hồ sơ này sẽ thành một. Mọi lượt ghi danh và điểm danh của cả hai được giữ lại (nếu cả hai cùng được điểm danh ở một buổi, giữ kết quả tốt hơn). Các ô trống của hồ sơ được giữ sẽ lấy từ hồ sơ kia; việc gộp được ghi vào phần ghi chú. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address, village</source>
        <translation>Địa chỉ, thôn/xóm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Lượt điểm danh</translation>
    </message>
    <message>
        <source>%1, %2 attendance marks</source>
        <translation>%1, %2 lượt điểm danh</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Giữ hồ sơ:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NumbersTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>No report for the previous period</source>
        <translation>Không có báo cáo kỳ trước</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Kỳ trước: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Centre overview</source>
        <extracomment>What the overview&apos;s numbers count: a change of any of these recounts them. The status column of the sessions list.</extracomment>
        <translation>Tổng quan trung tâm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Classes and talks</source>
        <translation>Lớp học và buổi nói chuyện</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Buổi học đã tổ chức</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỷ lệ chuyên cần</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Đã điểm danh</translation>
    </message>
    <message>
        <source>Today&apos;s sessions and sessions awaiting a roll call</source>
        <translation>Buổi học hôm nay và buổi chưa điểm danh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Double-click a session (or press Enter) to take its roll call</source>
        <translation>Nhấp đúp vào một buổi (hoặc nhấn Enter) để điểm danh</translation>
    </message>
    <message>
        <source>No session is planned for today.</source>
        <translation>Hôm nay không có buổi học nào.</translation>
    </message>
    <message>
        <source>No centre profile yet: create it in Settings.</source>
        <translation>Chưa có hồ sơ trung tâm: hãy tạo trong phần Cài đặt.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Data file: %1 · Latest backup: %2</source>
        <translation>Tệp dữ liệu: %1 · Sao lưu gần nhất: %2</translation>
    </message>
    <message>
        <source>School year %1 (%2 to %3), up to today %4</source>
        <translation>Năm học %1 (từ %2 đến %3), tính đến hôm nay %4</translation>
    </message>
    <message>
        <source>registered, not archived</source>
        <translation>đang theo dõi (chưa lưu trữ)</translation>
    </message>
    <message>
        <source>with at least one session held this school year</source>
        <translation>có ít nhất một buổi đã diễn ra trong năm học</translation>
    </message>
    <message>
        <source>%1 did not take place</source>
        <translation>%1 buổi không diễn ra</translation>
    </message>
    <message>
        <source>attended / expected at held sessions = %1 / %2</source>
        <translation>lượt có mặt / lượt dự kiến tại các buổi đã diễn ra = %1 / %2</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã diễn ra</translation>
    </message>
    <message>
        <source>No roll call yet</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Theo lịch</translation>
    </message>
    <message>
        <source>today</source>
        <translation>Hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier session(s) have no roll call yet: nobody counts as present there until it is taken.</source>
        <translation>
            <numerusform>%n buổi trước đây chưa điểm danh: chưa ai được tính là có mặt ở các buổi này cho đến khi điểm danh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Không diễn ra</translation>
    </message>
</context>
<context>
    <name>PaperRow</name>
    <message>
        <source>Print (PDF, A4):</source>
        <extracomment>Asks where to save a PDF (tests replace it): the suggested name -&gt; a path or None. Says a PDF was written, with «Mở» (tests look at the box it opens).</extracomment>
        <translation>In (PDF, khổ A4):</translation>
    </message>
    <message>
        <source>The sign-in sheet has a column per session of this month; select date columns in the whole-class grid to print those dates instead.</source>
        <translation>Danh sách ký tên có một cột cho mỗi buổi trong tháng này; chọn các cột ngày trong bảng cả lớp để in những ngày đó.</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Danh sách ký tên…</translation>
    </message>
    <message>
        <source>Attendance summary…</source>
        <translation>Tổng hợp chuyên cần…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Giấy chứng nhận…</translation>
    </message>
    <message>
        <source>For the learner selected in the whole-class grid, when they completed</source>
        <translation>Cho học viên đang chọn trong bảng cả lớp, khi học viên đã hoàn thành lớp</translation>
    </message>
    <message>
        <source>Month %1, %2</source>
        <translation>Tháng %1 năm %2</translation>
    </message>
    <message>
        <source>Select a learner in the whole-class grid.</source>
        <translation>Hãy chọn một học viên trong bảng cả lớp.</translation>
    </message>
    <message>
        <source>%1 has not completed this class: a certificate is for learners marked as completed on the Classes page.</source>
        <translation>%1 chưa hoàn thành lớp này: giấy chứng nhận chỉ cấp cho học viên được ghi là hoàn thành ở trang Lớp học.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Half year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>First half (Jan–Jun)</source>
        <translation>6 tháng đầu năm (tháng 1–6)</translation>
    </message>
    <message>
        <source>Second half (Jul–Dec)</source>
        <translation>6 tháng cuối năm (tháng 7–12)</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: từ %2 đến %3</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period reports</source>
        <extracomment>How long the page waits after the last change of the period before it recounts.</extracomment>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Classes and talks</source>
        <translation>Lớp học và buổi nói chuyện</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Lượt người tham gia</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tỷ lệ chuyên cần</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Buổi đã tổ chức</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>of whom women</source>
        <translation>Trong đó nữ</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Add the list of learners (names, birth dates: personal data)</source>
        <translation>Kèm danh sách học viên (họ tên, ngày sinh: dữ liệu cá nhân)</translation>
    </message>
    <message>
        <source>The file will then hold personal data of every learner counted. Send it only to someone entitled to it; the report itself needs counts only.</source>
        <translation>Khi đó tệp sẽ chứa dữ liệu cá nhân của mọi học viên được tính. Chỉ gửi cho người có thẩm quyền; bản báo cáo chỉ cần số liệu tổng hợp.</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Check report files…</source>
        <translation>Kiểm tra tệp báo cáo…</translation>
    </message>
    <message numerus="yes">
        <source>of whom %Ln woman(s)</source>
        <translation>
            <numerusform>trong đó %Ln nữ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) held, %1 did not take place</source>
        <translation>
            <numerusform>%Ln buổi đã tổ chức, %1 buổi không diễn ra</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 belong to people not enrolled in the class on that date; they are not counted (the report lists them under Notes).</source>
        <translation>%1 ở %2 là của người chưa ghi danh vào lớp tại ngày đó; các lượt này không được tính (báo cáo liệt kê ở mục Ghi chú).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mark(s)</source>
        <translation>
            <numerusform>%Ln lượt điểm danh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln buổi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3, counted up to %4</source>
        <translation>%1: từ %2 đến %3, số liệu tính đến %4</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>It holds personal data of %Ln learner(s).</source>
        <translation>
            <numerusform>Tệp chứa dữ liệu cá nhân của %Ln học viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln file(s): %1 valid, %2 need attention.</source>
        <translation>
            <numerusform>Đã kiểm tra %Ln tệp: %1 hợp lệ, %2 cần xem lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>The numbers your centre sends to the commune or ward and on to the province, as an Excel workbook. Choose the period, check the numbers, then export.</source>
        <translation>Số liệu trung tâm gửi xã, phường và lên tỉnh, thành phố, dưới dạng tệp Excel. Chọn kỳ báo cáo, xem lại số liệu rồi xuất tệp.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>attendances %1 + walk-ins %2</source>
        <translation>lượt có mặt %1 + vãng lai %2</translation>
    </message>
    <message>
        <source>attended / expected at held sessions = %1 / %2</source>
        <translation>lượt có mặt / lượt dự kiến ở các buổi đã tổ chức = %1 / %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Check report files</source>
        <translation>Kiểm tra tệp báo cáo</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất báo cáo…</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Đã hủy. Không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>The file will hold the names, birth dates, ethnicity and disability of the learners. Export it with the list of learners?</source>
        <translation>Tệp sẽ chứa họ tên, ngày sinh, dân tộc và tình trạng khuyết tật của học viên. Xuất kèm danh sách học viên?</translation>
    </message>
    <message>
        <source>Export with the list</source>
        <translation>Xuất kèm danh sách</translation>
    </message>
    <message>
        <source>checked: valid</source>
        <translation>đã kiểm tra: hợp lệ</translation>
    </message>
    <message>
        <source>checked: flagged, see Check report files</source>
        <translation>đã kiểm tra: cần xem lại, xem «Kiểm tra tệp báo cáo»</translation>
    </message>
    <message>
        <source>checked: NOT valid, see Check report files</source>
        <translation>đã kiểm tra: KHÔNG hợp lệ, xem «Kiểm tra tệp báo cáo»</translation>
    </message>
    <message>
        <source>Exported the %1 report to %2 (%3).</source>
        <translation>Đã xuất báo cáo kỳ %1 vào %2 (%3).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>flagged: accept only after a look</source>
        <translation>cần xem lại trước khi nhận</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>cần xem lại</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>lưu ý</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Could not write %1: %2. If the file is open in Excel, close it and try again.</source>
        <translation>Không ghi được %1: %2. Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lần nữa.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>RollCallTab</name>
    <message>
        <source>All present (Ctrl+Enter)</source>
        <extracomment>The column of the marks.</extracomment>
        <translation>Tất cả có mặt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a roll call: %1.</source>
        <translation>
            <numerusform>%n buổi chưa điểm danh: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until a roll call is taken, nobody counts as present there, so the class&apos;s rate is lower than it is.</source>
        <translation>Khi chưa điểm danh, chưa ai được tính là có mặt ở các buổi này, nên tỷ lệ chuyên cần của lớp thấp hơn thực tế.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n learner(s) expected</source>
        <translation>
            <numerusform>%1 · %2 · %n học viên phải có mặt</numerusform>
        </translation>
    </message>
    <message>
        <source>a future session</source>
        <translation>buổi chưa đến</translation>
    </message>
    <message>
        <source>This session did not take place: its marks are kept but count nowhere.</source>
        <translation>Buổi này không diễn ra: các điểm danh vẫn được giữ nhưng không được tính.</translation>
    </message>
    <message>
        <source>%1 of %2 marked</source>
        <translation>Đã điểm danh %1 / %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; cycles · &lt;b&gt;Delete&lt;/b&gt; clears · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; move · &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes</source>
        <translation>&lt;b&gt;Dấu cách&lt;/b&gt; đổi lần lượt · &lt;b&gt;Delete&lt;/b&gt; xóa · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; di chuyển · &lt;b&gt;Ctrl+Z&lt;/b&gt; hoàn tác</translation>
    </message>
</context>
<context>
    <name>RollCallTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>Background colours of the marks (calm, readable on paper-like white). Columns of the class grid: name, rate, then one per session.</extracomment>
        <translation>STT</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Điểm danh</translation>
    </message>
</context>
<context>
    <name>SavedStateLabel</name>
    <message>
        <source>Saving…</source>
        <extracomment>Colours of the saved state.</extracomment>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Held</source>
        <extracomment>(held, reason, note) of a session, as the store keeps them.</extracomment>
        <translation>Đã diễn ra</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Không diễn ra</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Thời tiết</translation>
    </message>
    <message>
        <source>Facilitator absent</source>
        <translation>Người dạy vắng</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Walk-ins (not enrolled):</source>
        <translation>Người tham dự vãng lai (không ghi danh):</translation>
    </message>
    <message>
        <source>men</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>women</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>sex not known</source>
        <translation>không rõ giới tính</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>A backup as listed: the file and its size in bytes (read with the list, off the GUI). What the copy to a USB stick needs to ask where: the centre, today, a stick plugged in.</extracomment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Edit the centre profile…</source>
        <translation>Sửa hồ sơ trung tâm…</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Dữ liệu và sao lưu</translation>
    </message>
    <message>
        <source>A verified backup is made each time the app opens and every 30 minutes while you work. The newest 10 are kept, plus one a day for 12 days, one a week for 10 weeks and one a month for 9 months.</source>
        <translation>Mỗi lần mở ứng dụng và cứ 30 phút một lần khi bạn làm việc, một bản sao lưu được tạo và kiểm tra. Ứng dụng giữ 10 bản mới nhất, cùng với mỗi ngày một bản trong 12 ngày, mỗi tuần một bản trong 10 tuần và mỗi tháng một bản trong 9 tháng.</translation>
    </message>
    <message>
        <source>Backup taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <source>Copy the data to a USB drive…</source>
        <translation>Sao chép dữ liệu ra USB…</translation>
    </message>
    <message>
        <source>A checked copy of all the centre&apos;s data in one file, named with the centre and today&apos;s date, to carry on a USB drive or keep on another computer.</source>
        <translation>Một bản sao đã kiểm tra của toàn bộ dữ liệu trung tâm trong một tệp, đặt tên theo trung tâm và ngày hôm nay, để mang theo bằng USB hoặc cất giữ ở máy tính khác.</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Copy the data to a USB drive</source>
        <translation>Sao chép dữ liệu ra USB</translation>
    </message>
    <message>
        <source>CLC Desktop data (*.db)</source>
        <translation>Dữ liệu CLC Desktop (*.db)</translation>
    </message>
    <message>
        <source>Copying the data to %1…</source>
        <translation>Đang sao chép dữ liệu vào %1…</translation>
    </message>
    <message>
        <source>The data was copied to %1.</source>
        <translation>Đã sao chép dữ liệu vào %1.</translation>
    </message>
    <message>
        <source>A checked copy of the data was written: %1</source>
        <translation>Đã ghi bản sao dữ liệu (đã kiểm tra): %1</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Đã hủy sao chép; chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>There is not enough room on %1 for the copy: it needs %2 and %3 is free. Nothing was written; free some space or choose another drive.</source>
        <translation>Không đủ chỗ trên %1 để sao chép: cần %2, chỉ còn trống %3. Chưa ghi tệp nào; hãy giải phóng dung lượng hoặc chọn ổ khác.</translation>
    </message>
    <message>
        <source>%1 is full: the copy could not be finished and was removed. Free some space or choose another drive.</source>
        <translation>%1 đã đầy: bản sao không ghi xong và đã được xóa. Hãy giải phóng dung lượng hoặc chọn ổ khác.</translation>
    </message>
    <message>
        <source>%1 cannot be written to: it is read-only (a USB drive with its lock switch on, a CD, or a folder you may not change). Nothing was written; choose another folder or drive.</source>
        <translation>Không ghi được vào %1: ổ hoặc thư mục chỉ cho phép đọc (USB đang gạt khóa chống ghi, đĩa CD, hoặc thư mục không có quyền sửa). Chưa ghi tệp nào; hãy chọn thư mục hoặc ổ khác.</translation>
    </message>
</context>
<context>
    <name>StatusTab</name>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <source>Accept (lock)</source>
        <translation>Duyệt (khóa)</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>In ra PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Set the status:</source>
        <translation>Đặt trạng thái:</translation>
    </message>
    <message>
        <source>History of the selected unit&apos;s report</source>
        <translation>Lịch sử báo cáo của đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Choose the unit you consolidate for to see who has reported.</source>
        <translation>Hãy chọn đơn vị tổng hợp để xem đơn vị nào đã báo cáo.</translation>
    </message>
    <message>
        <source>No unit is expected to report to %1: add the units below it in the Units tab (or import the list).</source>
        <translation>Chưa có đơn vị nào phải báo cáo cho %1: hãy thêm các đơn vị trực thuộc ở thẻ Danh sách đơn vị (hoặc nhập danh sách).</translation>
    </message>
    <message numerus="yes">
        <source>Period %1: %2 of %Ln unit(s) have reported (%3 late), %4 missing; %5 accepted.</source>
        <translation>
            <numerusform>Kỳ %1: %2 trên %Ln đơn vị đã báo cáo (%3 nộp muộn), %4 chưa báo cáo; %5 đã duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen an accepted report</source>
        <translation>Mở lại báo cáo đã duyệt</translation>
    </message>
    <message>
        <source>The report of %1 is accepted (locked). Why reopen it?</source>
        <translation>Báo cáo của %1 đã được duyệt (khóa). Vì sao cần mở lại?</translation>
    </message>
    <message>
        <source>Nothing has been received from this unit for the period.</source>
        <translation>Chưa nhận được báo cáo nào của đơn vị này trong kỳ.</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <source>Print the list to PDF</source>
        <translation>In danh sách ra PDF</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit the unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>none; type to search the units</source>
        <translation>không có; gõ để tìm đơn vị</translation>
    </message>
    <message>
        <source>ID (A-Z, 0-9, . _ -):</source>
        <translation>Mã (chữ không dấu, số, . _ -):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation>Đơn vị cấp trên:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Người liên hệ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitMergeDialog</name>
    <message>
        <source>Record a merge</source>
        <translation>Ghi nhận sáp nhập</translation>
    </message>
    <message>
        <source>The old units (they close the day before the merge):</source>
        <translation>Các đơn vị cũ (giải thể từ ngày trước ngày sáp nhập):</translation>
    </message>
    <message>
        <source>a new unit (below); type to search the units</source>
        <translation>một đơn vị mới (ở dưới); gõ để tìm đơn vị</translation>
    </message>
    <message>
        <source>none; type to search the units</source>
        <translation>không có; gõ để tìm đơn vị</translation>
    </message>
    <message>
        <source>The unit that replaces them:</source>
        <translation>Đơn vị thay thế:</translation>
    </message>
    <message>
        <source>New unit&apos;s ID:</source>
        <translation>Mã đơn vị mới:</translation>
    </message>
    <message>
        <source>New unit&apos;s name:</source>
        <translation>Tên đơn vị mới:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation>Đơn vị cấp trên:</translation>
    </message>
    <message>
        <source>Merged on:</source>
        <translation>Ngày sáp nhập:</translation>
    </message>
    <message>
        <source>Record the merge</source>
        <translation>Ghi nhận sáp nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Tick the old units the merge replaces.</source>
        <translation>Hãy đánh dấu các đơn vị cũ được sáp nhập.</translation>
    </message>
    <message>
        <source>A unit cannot replace itself.</source>
        <translation>Một đơn vị không thể thay thế chính nó.</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>The units you expect reports from, with their parent unit. Units are never deleted, only closed; a merge records which old units a new one replaces.</source>
        <translation>Các đơn vị phải gửi báo cáo, cùng đơn vị cấp trên. Đơn vị không bao giờ bị xóa, chỉ giải thể; khi sáp nhập, ghi rõ đơn vị mới thay cho những đơn vị cũ nào.</translation>
    </message>
    <message>
        <source>Add a unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Close the unit…</source>
        <translation>Giải thể đơn vị…</translation>
    </message>
    <message>
        <source>Record a merge…</source>
        <translation>Ghi nhận sáp nhập…</translation>
    </message>
    <message>
        <source>Import the list (.xlsx)…</source>
        <translation>Nhập danh sách (.xlsx)…</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <source>Load Hà Nội&apos;s communes</source>
        <translation>Nạp các xã, phường của Hà Nội</translation>
    </message>
    <message>
        <source>A unit with the ID %1 is already in the list.</source>
        <translation>Đã có đơn vị mang mã %1 trong danh sách.</translation>
    </message>
    <message>
        <source>Added the unit %1.</source>
        <translation>Đã thêm đơn vị %1.</translation>
    </message>
    <message>
        <source>Saved the unit %1.</source>
        <translation>Đã lưu đơn vị %1.</translation>
    </message>
    <message>
        <source>Closed the unit %1.</source>
        <translation>Đã giải thể đơn vị %1.</translation>
    </message>
    <message>
        <source>Recorded: %1 replaces %2.</source>
        <translation>Đã ghi nhận: %1 thay cho %2.</translation>
    </message>
    <message>
        <source>Import the list of units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Imported the list of units: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Đã nhập danh sách đơn vị: thêm %1, cập nhật %2, giữ nguyên %3.</translation>
    </message>
    <message>
        <source>Export the list of units</source>
        <translation>Xuất danh sách đơn vị</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Loaded Hà Nội and %1 of its communes and wards.</source>
        <translation>Đã nạp Hà Nội và %1 xã, phường.</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay cho</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw from the class</source>
        <translation>Cho thôi học</translation>
    </message>
    <message>
        <source>Learner(s)</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Thôi học từ ngày</translation>
    </message>
    <message>
        <source>They still count as expected at sessions up to and including this date; their marks are kept.</source>
        <translation>Học viên vẫn được tính dự kiến ở các buổi đến hết ngày này; điểm danh đã có được giữ nguyên.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Cho thôi học</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>window.overview</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
</TS>
