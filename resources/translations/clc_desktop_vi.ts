<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AppController</name>
    <message>
        <source>Restore the backup of %1</source>
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
        <extracomment>After the last change, the overview&apos;s numbers are recounted this much later. Replaced in tests: the save dialog of the PDF files.</extracomment>
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
        <source>Print (PDF, A4):</source>
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
        <source>Held</source>
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
        <translation>Người tham dự tự do (không ghi danh):</translation>
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
    <message>
        <source>All present (Ctrl+Enter)</source>
        <translation>Tất cả có mặt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
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
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>No class has sessions yet: schedule them on the Classes page.</source>
        <translation>Chưa có lớp nào có buổi học: hãy lập lịch ở trang Lớp học.</translation>
    </message>
    <message>
        <source>did not take place</source>
        <translation>không diễn ra</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 learners expected</source>
        <translation>%1 · %2 · %3 học viên phải có mặt</translation>
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
        <source>&lt;b&gt;Space&lt;/b&gt; cycles · &lt;b&gt;Delete&lt;/b&gt; clears · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; move · &lt;b&gt;Ctrl+Z&lt;/b&gt; undoes</source>
        <translation>&lt;b&gt;Dấu cách&lt;/b&gt; đổi lần lượt · &lt;b&gt;Delete&lt;/b&gt; xóa · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; di chuyển · &lt;b&gt;Ctrl+Z&lt;/b&gt; hoàn tác</translation>
    </message>
    <message>
        <source>Same keys as the roll call, on the selected cell. Grey: not enrolled on that date; dark grey: did not take place. Select date columns (Ctrl+click their headers) to print a sign-in sheet of those dates.</source>
        <translation>Các phím như khi điểm danh, áp dụng cho ô đang chọn. Ô xám: chưa ghi danh vào ngày đó; xám đậm: buổi không diễn ra. Chọn các cột ngày (Ctrl+bấm vào tiêu đề cột) để in danh sách ký tên của những ngày đó.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>%1 of %2 marked</source>
        <translation>Đã điểm danh %1 / %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>%1 learners · %2 sessions held so far · class attendance rate %3 %</source>
        <translation>%1 học viên · %2 buổi đã diễn ra · tỷ lệ chuyên cần của lớp %3 %</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
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
        <source>Save as PDF</source>
        <translation>Lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AttendancePaper</name>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <extracomment>Fonts with the Vietnamese letters, the first one found is used.</extracomment>
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
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation>ngày %1</translation>
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
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
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
        <source>Learners sign in the column of each session they attend.</source>
        <translation>Học viên ký tên vào cột của mỗi buổi mình tham gia.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Người dạy</translation>
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
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Sessions held up to %1: %2; did not take place: %3.</source>
        <translation>Số buổi đã diễn ra đến ngày %1: %2; không diễn ra: %3.</translation>
    </message>
    <message>
        <source>Attendance rate of the class: %1 (%2 of %3 expected attendances).</source>
        <translation>Tỷ lệ chuyên cần của lớp: %1 (%2 trên %3 lượt phải có mặt).</translation>
    </message>
    <message>
        <source>ATTENDANCE SUMMARY</source>
        <translation>TỔNG HỢP CHUYÊN CẦN</translation>
    </message>
    <message>
        <source>Expected: held sessions from the learner&apos;s enrolment to their withdrawal. Rate: present or late, over expected.</source>
        <translation>Số buổi phải dự: các buổi đã diễn ra từ ngày học viên ghi danh đến ngày thôi học. Tỷ lệ: số buổi có mặt hoặc đi muộn trên số buổi phải dự.</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>Ông/Bà: %1</translation>
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
        <source>Sessions attended: %1 of %2 (%3).</source>
        <translation>Số buổi tham gia: %1 / %2 buổi (%3).</translation>
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
    <name>ClassGridTableModel</name>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>%1 of %2 sessions attended, %3 absences</source>
        <translation>Có mặt %1 / %2 buổi, vắng %3 buổi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Learners</source>
        <extracomment>How often the window asks the store whether a backup is due (it makes one at most every 30 minutes, and only after changes).</extracomment>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Register learners, search them as you type, find duplicates, and import the learner lists you keep in Excel.</source>
        <translation>Đăng ký học viên, tìm kiếm ngay khi gõ, phát hiện hồ sơ trùng và nhập danh sách học viên từ Excel.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Set up classes and talks by topic, schedule their sessions and enrol learners.</source>
        <translation>Mở lớp học và buổi nói chuyện theo chủ đề, lập lịch các buổi và ghi danh học viên.</translation>
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
        <source>For coordinators: import the centres&apos; report files, check them, see who has not reported, and consolidate them into one report.</source>
        <translation>Dành cho cán bộ tổng hợp: nhập các tệp báo cáo của trung tâm, kiểm tra, xem đơn vị nào chưa báo cáo và tổng hợp thành một báo cáo chung.</translation>
    </message>
    <message>
        <source>Overview</source>
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
    <name>OverviewPage</name>
    <message>
        <source>Centre overview</source>
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
        <translation>Tỉ lệ chuyên cần</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Buổi học hôm nay</translation>
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
        <source>Double-click a session to take its roll call</source>
        <translation>Bấm đúp vào một buổi để điểm danh</translation>
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
        <source>Scheduled</source>
        <translation>Theo lịch</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Không diễn ra</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <source>This part of CLC Desktop is being built and comes in a next version.</source>
        <translation>Phần này của CLC Desktop đang được xây dựng và sẽ có trong phiên bản tiếp theo.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period reports</source>
        <extracomment>How long the page waits after the last change of the period before it recounts. Replaced in tests: the save and open dialogs.</extracomment>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>The numbers your centre sends to the commune, district and city, as an Excel workbook. Choose the period, check the numbers, then export.</source>
        <translation>Số liệu trung tâm gửi xã/phường, quận/huyện và thành phố, dưới dạng tệp Excel. Chọn kỳ báo cáo, xem lại số liệu rồi xuất tệp.</translation>
    </message>
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
        <translation>Tỉ lệ chuyên cần</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
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
        <source>%1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>of whom %1 women</source>
        <translation>trong đó %1 nữ</translation>
    </message>
    <message>
        <source>%1 sessions held, %2 did not take place</source>
        <translation>%1 buổi đã tổ chức, %2 buổi không diễn ra</translation>
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
        <source>%1 marks at %2 sessions belong to people not enrolled in the class on that date; they are not counted (the report lists them under Notes).</source>
        <translation>%1 lượt điểm danh ở %2 buổi là của người chưa ghi danh vào lớp tại ngày đó; các lượt này không được tính (báo cáo liệt kê ở mục Ghi chú).</translation>
    </message>
    <message>
        <source>%1 to %2, counted up to %3</source>
        <translation>Từ %1 đến %2, số liệu tính đến %3</translation>
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
        <source>It holds personal data of %1 learners.</source>
        <translation>Tệp chứa dữ liệu cá nhân của %1 học viên.</translation>
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
        <source>Checked %1 files: %2 valid, %3 need attention.</source>
        <translation>Đã kiểm tra %1 tệp: %2 hợp lệ, %3 cần xem lại.</translation>
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
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
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
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
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
