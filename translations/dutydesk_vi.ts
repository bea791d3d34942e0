<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DutyDesk::AssignmentCommand</name>
    <message>
        <source>The duty slot was changed elsewhere meanwhile; the edit cannot be applied.</source>
        <translation>Vị trí trực vừa được thay đổi ở nơi khác; không thể áp dụng chỉnh sửa này.</translation>
    </message>
    <message>
        <source>Assign “%1”</source>
        <translation>Phân công “%1”</translation>
    </message>
    <message>
        <source>Remove “%1” from Duty</source>
        <translation>Bỏ “%1” khỏi lịch trực</translation>
    </message>
    <message>
        <source>Replace by “%1”</source>
        <translation>Thay bằng “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Trước → sau</translation>
    </message>
</context>
<context>
    <name>DutyDesk::AuditText</name>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Xóa hẳn theo yêu cầu</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <source>Chain rewritten</source>
        <translation>Thay toàn bộ chuỗi</translation>
    </message>
    <message>
        <source>Auto-filled</source>
        <translation>Tự động xếp lịch</translation>
    </message>
    <message>
        <source>Copied from an earlier period</source>
        <translation>Sao chép từ đợt trực trước</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Sample created</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>people</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>hotlines</source>
        <translation>đường dây nóng</translation>
    </message>
    <message>
        <source>duty roster</source>
        <translation>lịch trực</translation>
    </message>
    <message>
        <source>call sheet</source>
        <translation>danh sách liên lạc</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>danh bạ</translation>
    </message>
    <message>
        <source>roster template</source>
        <translation>mẫu lịch trực</translation>
    </message>
    <message>
        <source>Import of %1 from “%2”</source>
        <translation>Nhập %1 từ “%2”</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Tài liệu %1</translation>
    </message>
    <message>
        <source>Document %1 of “%2”</source>
        <translation>Tài liệu %1 của đợt “%2”</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Đơn vị %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Cán bộ %1</translation>
    </message>
    <message>
        <source>Hotline %1</source>
        <translation>Đường dây nóng %1</translation>
    </message>
    <message>
        <source>Duty period “%1”</source>
        <translation>Đợt trực “%1”</translation>
    </message>
    <message>
        <source>Shift %1 of “%2”</source>
        <translation>Ca trực %1 của đợt “%2”</translation>
    </message>
    <message>
        <source>Duty role %1 of “%2”</source>
        <translation>Vai trò trực %1 của đợt “%2”</translation>
    </message>
    <message>
        <source>Duty of %1 at %2, %3 %4</source>
        <translation>Phân công trực của %1 tại %2, %3 %4</translation>
    </message>
    <message>
        <source>Former holder of a duty: %1</source>
        <translation>Người trực trước đây: %1</translation>
    </message>
    <message>
        <source>Unavailability of %1</source>
        <translation>Lịch vắng mặt của %1</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Bước báo cáo</translation>
    </message>
    <message>
        <source>Escalation chain of %1</source>
        <translation>Chuỗi báo cáo của %1</translation>
    </message>
    <message>
        <source>Duty log entry</source>
        <translation>Mục sổ trực</translation>
    </message>
    <message>
        <source>Duty log entry for %1</source>
        <translation>Mục sổ trực của %1</translation>
    </message>
    <message>
        <source>Settings of the organisation</source>
        <translation>Thiết lập của cơ quan</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Vị trí trong danh sách</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>IT/security staff</source>
        <translation>Cán bộ CNTT/ATTT</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số máy</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ hoạt động</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Duty period</source>
        <translation>Đợt trực</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation>Chỉ lãnh đạo</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>Số người cần trực</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>Duty role</source>
        <translation>Vai trò trực</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Name (not in the directory)</source>
        <translation>Tên (ngoài danh bạ)</translation>
    </message>
    <message>
        <source>Phone (not in the directory)</source>
        <translation>Số điện thoại (ngoài danh bạ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Replaced at</source>
        <translation>Thời điểm thay thế</translation>
    </message>
    <message>
        <source>Duty slot</source>
        <translation>Lượt trực</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Gọi cho</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Corrects entry</source>
        <translation>Đính chính mục</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Places filled</source>
        <translation>Vị trí đã xếp</translation>
    </message>
    <message>
        <source>Places left empty</source>
        <translation>Vị trí còn trống</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Lượt phân công</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>Duty roles</source>
        <translation>Vai trò trực</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Bị bỏ qua</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Số dòng đã đọc</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Số dòng bị bỏ qua</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Signer&apos;s authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>để trống</translation>
    </message>
    <message>
        <source>Personal data removed, also from this history</source>
        <translation>Đã xóa dữ liệu cá nhân, kể cả trong nhật ký thay đổi này</translation>
    </message>
    <message>
        <source>Order: %1 → %2</source>
        <translation>Thứ tự: %1 → %2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::AutoFill</name>
    <message>
        <source>“%1” is published and locked; reopen it to make changes.</source>
        <translation>“%1” đã được ban hành và khóa; hãy mở lại để chỉnh sửa.</translation>
    </message>
    <message>
        <source>%1 is not a day of “%2”.</source>
        <translation>Ngày %1 không thuộc đợt trực “%2”.</translation>
    </message>
    <message>
        <source>The shift does not belong to “%1”.</source>
        <translation>Ca trực này không thuộc “%1”.</translation>
    </message>
    <message>
        <source>The duty role does not belong to “%1”.</source>
        <translation>Vai trò trực này không thuộc “%1”.</translation>
    </message>
    <message>
        <source>Place %1 of a duty role does not exist.</source>
        <translation>Vị trí thứ %1 của vai trò trực không tồn tại.</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>unit, day, shift, role</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1: the unit has no active people.</source>
        <translation>%1: đơn vị không có cán bộ nào đang công tác.</translation>
    </message>
    <message>
        <source>%1: the unit has no active leader.</source>
        <translation>%1: đơn vị không có lãnh đạo nào đang công tác.</translation>
    </message>
    <message>
        <source>%1: nobody fits (%2).</source>
        <translation>%1: không có ai phù hợp (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n on leave</source>
        <translation>
            <numerusform>%n người vắng mặt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on duty at that time</source>
        <translation>
            <numerusform>%n người đang trực vào thời điểm đó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without enough rest</source>
        <translation>
            <numerusform>%n người chưa được nghỉ đủ thời gian</numerusform>
        </translation>
    </message>
    <message>
        <source>The auto-fill was cancelled; nothing was changed.</source>
        <translation>Đã hủy tự động xếp lịch; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>A place filled by the auto-fill was changed elsewhere meanwhile; the auto-fill cannot be undone.</source>
        <translation>Một vị trí do tự động xếp lịch điền đã bị thay đổi ở nơi khác trong lúc đó; không thể hoàn tác lần tự động xếp lịch này.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::BackupListModel</name>
    <message>
        <source>On opening</source>
        <translation>Khi mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty period(s)</source>
        <translation>
            <numerusform>%n đợt trực</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n lượt phân công</numerusform>
        </translation>
    </message>
    <message>
        <source>last change %1 by %2</source>
        <translation>thay đổi lần cuối lúc %1, do %2 thực hiện</translation>
    </message>
    <message>
        <source>✓ Sound</source>
        <translation>✓ Nguyên vẹn</translation>
    </message>
    <message>
        <source>✗ Damaged: cannot be restored</source>
        <translation>✗ Bị hỏng: không thể khôi phục</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Bản sao lưu này bị hỏng, không thể khôi phục: %1</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Backups</name>
    <message>
        <source>The file “%1” could not be created: %2</source>
        <translation>Không thể tạo tệp “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” đã tồn tại.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Không thể ghi bản sao lưu “%1”: %2</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Không thể tạo thư mục “%1”.</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation>Bảng %1, dòng %2 tham chiếu đến một dòng không tồn tại của bảng %3.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged: %2</source>
        <translation>Bản sao lưu “%1” bị hỏng: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced by the backup.</source>
        <translation>Không thể thay thế “%1” bằng bản sao lưu.</translation>
    </message>
    <message>
        <source>“%1” could not be kept as a backup before the restore.</source>
        <translation>Không thể giữ lại “%1” làm bản sao lưu trước khi khôi phục.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CallSheetPdf</name>
    <message>
        <source>The call sheets could not be drawn.</source>
        <translation>Không tạo được bản in danh sách liên lạc.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CellParser</name>
    <message>
        <source>“%1” is not a valid Vietnamese phone number.</source>
        <translation>“%1” không phải là số điện thoại Việt Nam hợp lệ.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CliApplication</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>In kết quả ở dạng JSON để máy xử lý.</translation>
    </message>
    <message>
        <source>Language of messages: vi (default) or en.</source>
        <translation>Ngôn ngữ thông báo: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>init: fill the new database with the sample province.</source>
        <translation>init: nạp dữ liệu mẫu vào cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>who: the moment to ask about (default: now).</source>
        <translation>who: thời điểm cần tra cứu (mặc định: hiện tại).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>people: only the people of this unit.</source>
        <translation>people: chỉ liệt kê cán bộ của đơn vị này.</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>audit: only records from this day on.</source>
        <translation>audit: chỉ hiện các bản ghi từ ngày này trở đi.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>search: at most this many results (default 20).</source>
        <translation>search: số kết quả tối đa (mặc định 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>export: the duty period (id or title).</source>
        <translation>export: đợt trực (mã hoặc tên).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>export: pdf, xlsx, csv, ics or vcf.</source>
        <translation>export: pdf, xlsx, csv, ics hoặc vcf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: tệp cần ghi ra.</translation>
    </message>
    <message>
        <source>export: a calendar of this person&apos;s shifts only (id).</source>
        <translation>export: chỉ xuất lịch các ca trực của cán bộ này (mã).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>export: the CSV field separator (default “,”).</source>
        <translation>export: ký tự phân cách trường CSV (mặc định “,”).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>command</source>
        <translation>lệnh</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>Lệnh cần thực hiện (xem ở trên).</translation>
    </message>
    <message>
        <source>Try “dutydesk-cli --help”.</source>
        <translation>Hãy thử “dutydesk-cli --help”.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Chưa nhập lệnh.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Không có lệnh “%1”.</translation>
    </message>
    <message>
        <source>The database “%1” does not exist. Create it with “dutydesk-cli init”.</source>
        <translation>Cơ sở dữ liệu “%1” không tồn tại. Hãy tạo bằng lệnh “dutydesk-cli init”.</translation>
    </message>
    <message numerus="yes">
        <source>Database ready: %1 (%n unit(s)).</source>
        <translation>
            <numerusform>Cơ sở dữ liệu đã sẵn sàng: %1 (%n đơn vị).</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <source>search: give the text to look for.</source>
        <translation>search: hãy nhập nội dung cần tìm.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit phải là một số dương.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Không tìm thấy kết quả nào cho “%1”.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>đường dây nóng</translation>
    </message>
    <message>
        <source>who: give a unit (id or name).</source>
        <translation>who: hãy nhập đơn vị (mã hoặc tên).</translation>
    </message>
    <message>
        <source>--at: “%1” is not a moment in the form YYYY-MM-DD HH:MM.</source>
        <translation>--at: “%1” không phải là thời điểm hợp lệ theo dạng YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>Shift: %1 (%2 – %3), %4</source>
        <translation>Ca trực: %1 (%2 – %3), %4</translation>
    </message>
    <message>
        <source>On duty:</source>
        <translation>Đang trực:</translation>
    </message>
    <message>
        <source>Escalation chain:</source>
        <translation>Chuỗi báo cáo:</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>(kế thừa từ đơn vị cấp trên)</translation>
    </message>
    <message numerus="yes">
        <source>if no answer within %n minute(s), go on</source>
        <translation>
            <numerusform>nếu sau %n phút không có ai trả lời, chuyển sang bước tiếp theo</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotlines:</source>
        <translation>Đường dây nóng:</translation>
    </message>
    <message>
        <source>holidays: give a year from 1901 to 2099.</source>
        <translation>holidays: hãy nhập năm trong khoảng từ 1901 đến 2099.</translation>
    </message>
    <message>
        <source>proposed days off: %1</source>
        <translation>ngày nghỉ đề xuất: %1</translation>
    </message>
    <message>
        <source>lunar: give a date in the form YYYY-MM-DD.</source>
        <translation>lunar: hãy nhập ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>backup: give the file to write.</source>
        <translation>backup: hãy nhập tệp sao lưu cần ghi.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Đã ghi bản sao lưu: %1</translation>
    </message>
    <message>
        <source>restore: give the backup file to restore.</source>
        <translation>restore: hãy nhập tệp sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>Bản sao lưu “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Đã khôi phục %1 vào %2.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>Cơ sở dữ liệu toàn vẹn, không có lỗi.</translation>
    </message>
    <message>
        <source>--since: “%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>--since: “%1” không phải là ngày hợp lệ theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>export: give the format with --format.</source>
        <translation>export: hãy chỉ định định dạng bằng --format.</translation>
    </message>
    <message>
        <source>export: “%1” is not pdf, xlsx, csv, ics or vcf.</source>
        <translation>export: “%1” không phải là pdf, xlsx, csv, ics hay vcf.</translation>
    </message>
    <message>
        <source>export: give the file to write with --output.</source>
        <translation>export: hãy chỉ định tệp cần ghi bằng --output.</translation>
    </message>
    <message>
        <source>export: give the duty period with --period.</source>
        <translation>export: hãy chỉ định đợt trực bằng --period.</translation>
    </message>
    <message>
        <source>--person needs a person&apos;s id (see “dutydesk-cli people”).</source>
        <translation>--person cần mã của một cán bộ (xem “dutydesk-cli people”).</translation>
    </message>
    <message>
        <source>--delimiter needs one character (or “tab”).</source>
        <translation>--delimiter cần đúng một ký tự (hoặc “tab”).</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi: %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n record(s)).</source>
        <translation>
            <numerusform>Đã ghi: %1 (%n bản ghi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only duty mode: only the duty log can be written.</source>
        <translation>Chế độ trực chỉ đọc: chỉ được ghi sổ trực.</translation>
    </message>
    <message>
        <source>import: check the file and report, change nothing.</source>
        <translation>import: chỉ kiểm tra tệp và báo cáo, không thay đổi dữ liệu.</translation>
    </message>
    <message>
        <source>import: the sheet of an XLSX file (name or number).</source>
        <translation>import: trang tính của tệp XLSX (tên hoặc số thứ tự).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import: import the good rows, leaving out the rows in error.</source>
        <translation>import: nhập các dòng hợp lệ, bỏ qua các dòng bị lỗi.</translation>
    </message>
    <message>
        <source>assign: the day.</source>
        <translation>assign: ngày trực.</translation>
    </message>
    <message>
        <source>assign: the shift (name).</source>
        <translation>assign: ca trực (tên).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>assign: the duty role (name).</source>
        <translation>assign: vai trò trực (tên).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>assign: a note for the slot.</source>
        <translation>assign: ghi chú cho vị trí trực.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>import: give what to import (units, people, hotlines or roster) and the file.</source>
        <translation>import: hãy cho biết cần nhập gì (units, people, hotlines hoặc roster) và tệp cần nhập.</translation>
    </message>
    <message>
        <source>import: “%1” is not units, people, hotlines or roster.</source>
        <translation>import: “%1” không phải là units, people, hotlines hay roster.</translation>
    </message>
    <message>
        <source>import: the file “%1” does not exist.</source>
        <translation>import: tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>import roster: give the duty period with --period.</source>
        <translation>import roster: hãy chỉ định đợt trực bằng --period.</translation>
    </message>
    <message>
        <source>Give the duty period with --period (id or title).</source>
        <translation>Hãy chỉ định đợt trực bằng --period (mã hoặc tên).</translation>
    </message>
    <message>
        <source>No problems in “%1”.</source>
        <translation>Không phát hiện vấn đề nào trong “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>Phát hiện %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled %1 slot(s) of %2.</source>
        <translation>Đã xếp người trực cho %1 vị trí trống của %2.</translation>
    </message>
    <message>
        <source>Largest spread of load within a unit (max – min): %1</source>
        <translation>Chênh lệch số lượt trực lớn nhất trong một đơn vị (nhiều nhất – ít nhất): %1</translation>
    </message>
    <message>
        <source>assign: --%1 is required.</source>
        <translation>assign: bắt buộc phải có --%1.</translation>
    </message>
    <message>
        <source>--day: “%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>--day: “%1” không phải là ngày hợp lệ theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” has no shift “%2”.</source>
        <translation>“%1” không có ca trực “%2”.</translation>
    </message>
    <message>
        <source>“%1” has no duty role “%2”.</source>
        <translation>“%1” không có vai trò trực “%2”.</translation>
    </message>
    <message>
        <source>Nobody called “%1” works at %2.</source>
        <translation>Không có cán bộ nào tên “%1” tại %2.</translation>
    </message>
    <message>
        <source>Several people called “%1” work at %2; give the id.</source>
        <translation>Có nhiều cán bộ tên “%1” tại %2; hãy nhập mã để phân biệt.</translation>
    </message>
    <message>
        <source>Assigned (id %1).</source>
        <translation>Đã phân công (mã %1).</translation>
    </message>
    <message>
        <source>unassign: give the id of the assignment.</source>
        <translation>unassign: hãy nhập mã của lượt phân công.</translation>
    </message>
    <message>
        <source>Slot emptied (assignment %1).</source>
        <translation>Đã bỏ trống vị trí trực (lượt phân công %1).</translation>
    </message>
    <message>
        <source>Usage: dutydesk-cli [--database FILE] [--json] COMMAND [ARGUMENTS]

Commands:
  init [--sample]              create a database; --sample fills it with a
                               fictional province
  units                        list the units
  people [--unit UNIT]         list people with their numbers
  periods                      list the duty periods
  search TEXT [--limit N]      find units, people, numbers and hotlines
  who UNIT [--at &quot;YYYY-MM-DD HH:MM&quot;]
                               who is on duty and whom to call next
  holidays YEAR                the public holidays of a year, with proposed days off
  lunar YYYY-MM-DD             the Vietnamese lunar date of a day
  backup FILE                  write a consistent copy of the database to FILE
  restore FILE                 replace the database by the backup FILE (the
                               current file is kept as a backup first)
  verify                       check the database&apos;s integrity
  audit [--since YYYY-MM-DD]   who changed or exported what, and when
  export roster|callsheet|contacts [--period P] [--unit UNIT] [--person ID]
         --format pdf|xlsx|csv|ics|vcf --output FILE [--delimiter C]
                               write a document or file; roster: pdf, xlsx,
                               csv, ics; callsheet: pdf; contacts (no period):
                               xlsx, csv, vcf
  export template --period P --unit UNIT [-o FILE]
                               an XLSX roster for the unit to fill in (drop-downs
                               of its people) that imports back as it is
  generate --units N --people M --days D [--seed S]
                               fill an empty database with synthetic data
  check --period P [--unit UNIT]
                               gaps, double bookings and other problems of a
                               roster; exit 0 only when there are none
  autofill --period P [--unit UNIT]
                               fill the empty slots fairly
  assign --period P --unit UNIT --day YYYY-MM-DD --shift S --role R
         --person PERSON [--note TEXT]
                               put a person in a slot
  unassign ID                  empty the slot of assignment ID
  import units|people|hotlines|roster FILE [--period P] [--unit UNIT]
         [--sheet NAME] [--dry-run] [--skip-errors]
                               bring a CSV or XLSX file in, all or nothing,
                               after a backup; --dry-run only reports; a
                               filled template needs no --period or --unit

UNIT and period arguments take an id or a name, with or without diacritics.
</source>
        <translation>Cách dùng: dutydesk-cli [--database FILE] [--json] COMMAND [ARGUMENTS]

Các lệnh:
  init [--sample]              tạo cơ sở dữ liệu; --sample nạp dữ liệu mẫu
                               của một tỉnh giả định
  units                        liệt kê các đơn vị
  people [--unit UNIT]         liệt kê cán bộ kèm số điện thoại
  periods                      liệt kê các đợt trực
  search TEXT [--limit N]      tìm đơn vị, cán bộ, số điện thoại, đường dây nóng
  who UNIT [--at &quot;YYYY-MM-DD HH:MM&quot;]
                               ai đang trực và cần gọi cho ai tiếp theo
  holidays YEAR                các ngày lễ trong năm, kèm ngày nghỉ đề xuất
  lunar YYYY-MM-DD             ngày âm lịch tương ứng của một ngày
  backup FILE                  ghi bản sao nhất quán của cơ sở dữ liệu ra FILE
  restore FILE                 thay cơ sở dữ liệu bằng bản sao lưu FILE (tệp
                               hiện tại được sao lưu lại trước)
  verify                       kiểm tra tính toàn vẹn của cơ sở dữ liệu
  audit [--since YYYY-MM-DD]   ai đã thay đổi hoặc xuất dữ liệu gì, vào lúc nào
  export roster|callsheet|contacts [--period P] [--unit UNIT] [--person ID]
         --format pdf|xlsx|csv|ics|vcf --output FILE [--delimiter C]
                               ghi ra văn bản hoặc tệp; roster: pdf, xlsx,
                               csv, ics; callsheet: pdf; contacts (không cần
                               đợt trực): xlsx, csv, vcf
  export template --period P --unit UNIT [-o FILE]
                               mẫu lịch trực XLSX để đơn vị điền (có danh sách
                               chọn cán bộ của đơn vị), nhập lại được nguyên trạng
  generate --units N --people M --days D [--seed S]
                               tạo dữ liệu giả lập cho cơ sở dữ liệu trống
  check --period P [--unit UNIT]
                               vị trí trống, trùng lịch trực và các vấn đề khác
                               của lịch trực; mã thoát 0 chỉ khi không có vấn đề
  autofill --period P [--unit UNIT]
                               tự động xếp lịch vào các vị trí trống, chia đều
  assign --period P --unit UNIT --day YYYY-MM-DD --shift S --role R
         --person PERSON [--note TEXT]
                               xếp một cán bộ vào một vị trí trực
  unassign ID                  bỏ trống vị trí của lượt phân công có mã ID
  import units|people|hotlines|roster FILE [--period P] [--unit UNIT]
         [--sheet NAME] [--dry-run] [--skip-errors]
                               nhập tệp CSV hoặc XLSX (nhập hết hoặc không nhập
                               gì, có sao lưu trước); --dry-run chỉ báo cáo; mẫu
                               đã điền không cần --period hay --unit

Đối số UNIT và đợt trực nhận mã hoặc tên, viết có dấu hoặc không dấu.
</translation>
    </message>
    <message>
        <source>export: give what to export: roster, callsheet, contacts or template.</source>
        <translation>export: hãy cho biết cần xuất gì: roster, callsheet, contacts hoặc template.</translation>
    </message>
    <message>
        <source>export: “%1” is not roster, callsheet, contacts or template.</source>
        <translation>export: “%1” không phải là roster, callsheet, contacts hay template.</translation>
    </message>
    <message>
        <source>export template: give the unit with --unit.</source>
        <translation>export template: hãy chỉ định đơn vị bằng --unit.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ColumnMappingStore</name>
    <message>
        <source>The header row of the mapping is not in the file.</source>
        <translation>Dòng tiêu đề đã chọn khi ghép cột không có trong tệp.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CommandLineOptions</name>
    <message>
        <source>DutyDesk: holiday duty rosters, hotlines and escalation chains.</source>
        <translation>DutyDesk: lịch trực ngày lễ, đường dây nóng và chuỗi báo cáo.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Hiện trợ giúp này rồi thoát.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Hiện phiên bản rồi thoát.</translation>
    </message>
    <message>
        <source>Open FILE (created when missing).</source>
        <translation>Mở tệp FILE (tự tạo mới nếu chưa có).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) and quit.</source>
        <translation>Lưu ảnh chụp cửa sổ vào tệp FILE (PNG) rồi thoát.</translation>
    </message>
    <message>
        <source>Show a page: %1.</source>
        <translation>Mở một trang: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show a unit, by id or name (diacritics optional).</source>
        <translation>Mở một đơn vị theo mã hoặc tên (có thể gõ không dấu).</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>The moment the Now page answers for (&quot;YYYY-MM-DD HH:MM&quot;).</source>
        <translation>Thời điểm mà trang Trực ngay hiển thị (&quot;YYYY-MM-DD HH:MM&quot;).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ “%1”: hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown page “%1”: use %2.</source>
        <translation>Không có trang “%1”: hãy dùng %2.</translation>
    </message>
    <message>
        <source>“%1” is not a moment like 2023-04-30 20:00.</source>
        <translation>“%1” không phải là thời điểm hợp lệ (ví dụ: 2023-04-30 20:00).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Đối số “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>Show a duty period in the roster, by id or title.</source>
        <translation>Mở một đợt trực trong lịch trực theo mã hoặc tên.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Read-only duty desk: search, answer and print; only the duty log can be written.</source>
        <translation>Máy trực chỉ đọc: tìm kiếm, trả lời và in; chỉ được ghi sổ trực.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CoverageModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>filled/required places</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1, %2: every place filled</source>
        <translation>%1, %2: đã xếp đủ người trực</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 places filled</source>
        <translation>%1, %2: đã xếp %3 trên %4 vị trí trực</translation>
    </message>
    <message>
        <source>%1, %2: nobody on duty</source>
        <translation>%1, %2: chưa có người trực</translation>
    </message>
    <message>
        <source>%1 staffs no duty</source>
        <translation>%1 không bố trí trực</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>weekday, dd/MM</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CreatePeriodCommand</name>
    <message>
        <source>Create Period “%1”</source>
        <translation>Tạo đợt trực “%1”</translation>
    </message>
    <message>
        <source>Copy Period as “%1”</source>
        <translation>Sao chép đợt trực thành “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::CsvReader</name>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: không mở được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: the file is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1: tệp quá lớn, không thể nhập (%2 MB; tối đa %3 MB).</translation>
    </message>
    <message>
        <source>%1: the file is too large to import (more than %2 MB).</source>
        <translation>%1: tệp quá lớn, không thể nhập (trên %2 MB).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: tệp trống, không có dữ liệu.</translation>
    </message>
    <message>
        <source>%1: this is not a text (CSV) file. Save the spreadsheet as “CSV UTF-8” or import the .xlsx file itself.</source>
        <translation>%1: đây không phải là tệp văn bản (CSV). Hãy lưu bảng tính dưới dạng “CSV UTF-8” hoặc nhập trực tiếp tệp .xlsx.</translation>
    </message>
    <message>
        <source>%1, row %2: more than %3 columns.</source>
        <translation>%1, dòng %2: có hơn %3 cột.</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; split the file.</source>
        <translation>%1: có hơn %2 dòng; hãy tách thành nhiều tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: a field longer than %4 characters; is this really a CSV file?</source>
        <translation>%1, dòng %2, cột %3: có ô dài quá %4 ký tự; tệp này có đúng là tệp CSV không?</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted field is not closed (a &quot; is missing).</source>
        <translation>%1, dòng %2: có ô mở dấu ngoặc kép nhưng chưa đóng (thiếu một dấu &quot;).</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Database</name>
    <message>
        <source>The database “%1” does not exist.</source>
        <translation>Cơ sở dữ liệu “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created.</source>
        <translation>Không thể tạo thư mục “%1”.</translation>
    </message>
    <message>
        <source>The database “%1” could not be created: %2</source>
        <translation>Không thể tạo cơ sở dữ liệu “%1”: %2</translation>
    </message>
    <message>
        <source>The database “%1” could not be opened: %2</source>
        <translation>Không thể mở cơ sở dữ liệu “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of DutyDesk (database version %2; this version knows up to %3). It has not been changed. Please update DutyDesk to open it.</source>
        <translation>“%1” được tạo bởi phiên bản DutyDesk mới hơn (phiên bản cơ sở dữ liệu %2; phiên bản này chỉ hỗ trợ đến %3). Tệp chưa bị thay đổi. Vui lòng cập nhật DutyDesk để mở tệp này.</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded by DutyDesk before it can be opened read-only.</source>
        <translation>“%1” cần được DutyDesk nâng cấp trước khi có thể mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>“%1” was not upgraded because no backup of it could be written first: %2</source>
        <translation>“%1” chưa được nâng cấp vì không tạo được bản sao lưu trước khi nâng cấp: %2</translation>
    </message>
    <message>
        <source>“%1” is not a DutyDesk database or is damaged: %2</source>
        <translation>“%1” không phải là cơ sở dữ liệu DutyDesk hoặc đã bị hỏng: %2</translation>
    </message>
    <message>
        <source>“%1” is not a DutyDesk database.</source>
        <translation>“%1” không phải là cơ sở dữ liệu DutyDesk.</translation>
    </message>
    <message>
        <source>“%1” has no schema version; it is not a DutyDesk database or is damaged.</source>
        <translation>“%1” không có thông tin phiên bản cấu trúc dữ liệu; đây không phải là cơ sở dữ liệu DutyDesk hoặc tệp đã bị hỏng.</translation>
    </message>
    <message>
        <source>“%1” has an unreadable schema version.</source>
        <translation>Không đọc được phiên bản cấu trúc dữ liệu của “%1”.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1: %2</source>
        <translation>Không thể nâng cấp cơ sở dữ liệu lên phiên bản %1: %2</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The database is busy: another DutyDesk window or command is saving. Please try again.</source>
        <translation>Cơ sở dữ liệu đang bận: một cửa sổ hoặc lệnh DutyDesk khác đang lưu dữ liệu. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data: %1</source>
        <translation>Thay đổi này vi phạm quy tắc ràng buộc của dữ liệu: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>This desk is in read-only duty mode: only the duty log can be written. Changes to the directory and the rosters are made at the office&apos;s desk.</source>
        <translation>Máy này đang ở chế độ trực chỉ đọc: chỉ được ghi sổ trực. Việc thay đổi danh bạ và lịch trực được thực hiện trên máy của văn phòng.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DeletionSnapshot</name>
    <message>
        <source>There is nothing with id %1 to delete.</source>
        <translation>Không tìm thấy mục có mã %1 để xóa.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DirectoryPage</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Hotlines</source>
        <translation>Đường dây &amp;nóng</translation>
    </message>
    <message>
        <source>Steps in grey are inherited from the parent units and are edited there.</source>
        <translation>Các bước màu xám được kế thừa từ đơn vị cấp trên và phải sửa tại đơn vị đó.</translation>
    </message>
    <message>
        <source>&amp;Escalation chain</source>
        <translation>Chuỗi &amp;báo cáo</translation>
    </message>
    <message>
        <source>Add &amp;Unit…</source>
        <translation>Thêm đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Add &amp;Sub-unit…</source>
        <translation>Thêm đơn vị &amp;con…</translation>
    </message>
    <message>
        <source>&amp;Edit Unit…</source>
        <translation>&amp;Sửa đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Rename Unit</source>
        <translation>Đổi &amp;tên đơn vị</translation>
    </message>
    <message>
        <source>&amp;Move Unit To…</source>
        <translation>&amp;Di chuyển đơn vị đến…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Unit</source>
        <translation>Ngừng &amp;hoạt động đơn vị</translation>
    </message>
    <message>
        <source>De&amp;lete Unit…</source>
        <translation>&amp;Xóa đơn vị…</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Thêm cán &amp;bộ…</translation>
    </message>
    <message>
        <source>Add &amp;Hotline…</source>
        <translation>Thêm đường dây &amp;nóng…</translation>
    </message>
    <message>
        <source>Edit Hotline…</source>
        <translation>Sửa đường dây nóng…</translation>
    </message>
    <message>
        <source>Delete Hotline…</source>
        <translation>Xóa đường dây nóng…</translation>
    </message>
    <message>
        <source>Edit Step…</source>
        <translation>Sửa bước…</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Xóa bước</translation>
    </message>
    <message>
        <source>Move Step Up</source>
        <translation>Chuyển bước lên</translation>
    </message>
    <message>
        <source>Move Step Down</source>
        <translation>Chuyển bước xuống</translation>
    </message>
    <message>
        <source>DutyDesk</source>
        <translation>DutyDesk</translation>
    </message>
    <message>
        <source>The directory is empty: add the first unit.</source>
        <translation>Danh bạ đang trống: hãy thêm đơn vị đầu tiên.</translation>
    </message>
    <message>
        <source>Choose a unit on the left.</source>
        <translation>Hãy chọn một đơn vị ở bên trái.</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>mã %1</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <source>Re&amp;activate Unit</source>
        <translation>&amp;Kích hoạt lại đơn vị</translation>
    </message>
    <message>
        <source>Edit Unit “%1”</source>
        <translation>Sửa đơn vị “%1”</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>cấp cao nhất</translation>
    </message>
    <message>
        <source>Move Unit “%1” to “%2”</source>
        <translation>Di chuyển đơn vị “%1” đến “%2”</translation>
    </message>
    <message>
        <source>Reactivate Unit “%1”</source>
        <translation>Kích hoạt lại đơn vị “%1”</translation>
    </message>
    <message>
        <source>Deactivate Unit “%1”</source>
        <translation>Ngừng hoạt động đơn vị “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-unit(s)</source>
        <translation>
            <numerusform>%n đơn vị con</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with their numbers</source>
        <translation>
            <numerusform>%n cán bộ kèm số điện thoại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline(s)</source>
        <translation>
            <numerusform>%n đường dây nóng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s)</source>
        <translation>
            <numerusform>%n bước trong chuỗi báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duty assignment(s)</source>
        <translation>
            <numerusform>%n lượt phân công trực</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Xóa đơn vị “%1”?</translation>
    </message>
    <message>
        <source>With it go: %1.</source>
        <translation>Đồng thời sẽ xóa: %1.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Bạn có thể hoàn tác bằng Sửa ▸ Hoàn tác.</translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Edit Person “%1”</source>
        <translation>Sửa thông tin cán bộ “%1”</translation>
    </message>
    <message>
        <source>Delete “%1” with their phone numbers?</source>
        <translation>Xóa cán bộ “%1” cùng các số điện thoại?</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) that call them</source>
        <translation>
            <numerusform>%n bước trong chuỗi báo cáo gọi cho cán bộ này</numerusform>
        </translation>
    </message>
    <message>
        <source>With them go: %1.</source>
        <translation>Đồng thời sẽ xóa: %1.</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Xóa cán bộ</translation>
    </message>
    <message>
        <source>Edit Hotline “%1”</source>
        <translation>Sửa đường dây nóng “%1”</translation>
    </message>
    <message>
        <source>Delete Hotline</source>
        <translation>Xóa đường dây nóng</translation>
    </message>
    <message>
        <source>Delete the hotline “%1”?</source>
        <translation>Xóa đường dây nóng “%1”?</translation>
    </message>
    <message>
        <source>Add Escalation Step</source>
        <translation>Thêm bước báo cáo</translation>
    </message>
    <message>
        <source>Edit Escalation Step %1</source>
        <translation>Sửa bước %1 của chuỗi báo cáo</translation>
    </message>
    <message>
        <source>Remove Escalation Step %1</source>
        <translation>Xóa bước %1 của chuỗi báo cáo</translation>
    </message>
    <message>
        <source>Move Escalation Step %1</source>
        <translation>Di chuyển bước %1 của chuỗi báo cáo</translation>
    </message>
    <message>
        <source>Edit Perso&amp;n…</source>
        <translation>Sửa thông t&amp;in cán bộ…</translation>
    </message>
    <message>
        <source>Dele&amp;te Person…</source>
        <translation>Xó&amp;a cán bộ…</translation>
    </message>
    <message>
        <source>Una&amp;vailability…</source>
        <translation>Ngày vắng &amp;mặt…</translation>
    </message>
    <message>
        <source>Add Es&amp;calation Step…</source>
        <translation>Thêm bước bá&amp;o cáo…</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DirectoryStore</name>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Không tìm thấy đơn vị có mã %1.</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>Vui lòng nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>Một đơn vị không thể là đơn vị cấp trên của chính nó.</translation>
    </message>
    <message>
        <source>The parent unit (id %1) does not exist.</source>
        <translation>Đơn vị cấp trên (mã %1) không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” cannot be moved under “%2”: a unit cannot be its own ancestor.</source>
        <translation>Không thể chuyển “%1” về trực thuộc “%2”: một đơn vị không thể trực thuộc đơn vị cấp dưới của chính nó.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Không tìm thấy cán bộ có mã %1.</translation>
    </message>
    <message>
        <source>A person needs a full name.</source>
        <translation>Vui lòng nhập họ và tên của cán bộ.</translation>
    </message>
    <message>
        <source>“%1” must belong to an existing unit.</source>
        <translation>“%1” phải thuộc một đơn vị hiện có.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no hotline with id %1.</source>
        <translation>Không tìm thấy đường dây nóng có mã %1.</translation>
    </message>
    <message>
        <source>A hotline needs a label.</source>
        <translation>Vui lòng nhập tên gọi của đường dây nóng.</translation>
    </message>
    <message>
        <source>The unit of hotline “%1” does not exist.</source>
        <translation>Đơn vị của đường dây nóng “%1” không tồn tại.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DomainNames</name>
    <message>
        <source>Department</source>
        <translation>Sở</translation>
    </message>
    <message>
        <source>Agency office</source>
        <translation>Phòng cơ quan Sở</translation>
    </message>
    <message>
        <source>District education office</source>
        <translation>Phòng GD&amp;ĐT</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>Continuing-education centre</source>
        <translation>Trung tâm GDNN-GDTX</translation>
    </message>
    <message>
        <source>Affiliated unit</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>External partner</source>
        <translation>Đơn vị phối hợp bên ngoài</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Di động</translation>
    </message>
    <message>
        <source>Office</source>
        <comment>phone number kind</comment>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Home</source>
        <comment>phone number kind</comment>
        <translation>Nhà riêng</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Duty role of this unit</source>
        <translation>Vai trò trực của đơn vị này</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Continue with the parent unit&apos;s chain</source>
        <translation>Tiếp tục theo chuỗi báo cáo của đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Bàn giao ca</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyLogModel</name>
    <message>
        <source>Corrected by a later entry; kept as it was written.</source>
        <translation>Đã được đính chính bằng một mục sổ trực sau; nội dung được giữ nguyên như khi ghi.</translation>
    </message>
    <message>
        <source>Correction of entry %1.</source>
        <translation>Đính chính mục %1.</translation>
    </message>
    <message>
        <source>[correction] %1</source>
        <translation>[đính chính] %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyLogPage</name>
    <message>
        <source>C&amp;orrect…</source>
        <translation>Đính &amp;chính…</translation>
    </message>
    <message>
        <source>&amp;Add to the log</source>
        <translation>&amp;Ghi vào sổ trực</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Lọc theo nội dung</translation>
    </message>
    <message>
        <source>What happened, who called, what was done</source>
        <translation>Việc gì xảy ra, ai gọi, đã xử lý thế nào</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Entries are never deleted: their author corrects them, and the original stays, struck through.</source>
        <translation>Các mục không bao giờ bị xóa: người ghi sẽ đính chính, bản gốc vẫn được giữ lại và bị gạch ngang.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Mục sổ trực mới</translation>
    </message>
    <message>
        <source>&amp;When, what, where:</source>
        <translation>&amp;Thời gian, loại, đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Đợt trực:</translation>
    </message>
    <message>
        <source>Duty Log</source>
        <translation>Sổ trực</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Tất cả các đợt trực</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <source>none at this time</source>
        <translation>không có đợt trực nào vào thời điểm này</translation>
    </message>
    <message>
        <source>Added to the duty log.</source>
        <translation>Đã ghi vào sổ trực.</translation>
    </message>
    <message>
        <source>Choose the entry to correct.</source>
        <translation>Hãy chọn mục cần đính chính.</translation>
    </message>
    <message>
        <source>The correction was added; the original is kept.</source>
        <translation>Đã thêm bản đính chính; bản gốc vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Correct Duty Log Entry</source>
        <translation>Đính chính mục sổ trực</translation>
    </message>
    <message>
        <source>Written at %1 by %2. The original stays in the log.</source>
        <translation>Do %2 ghi lúc %1. Bản gốc vẫn được giữ lại trong sổ trực.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyLogStore</name>
    <message>
        <source>A duty log entry needs a text.</source>
        <translation>Mục ghi sổ trực cần có nội dung.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this entry, can correct it.</source>
        <translation>Chỉ người đã ghi mục này (%1) mới được sửa mục này.</translation>
    </message>
    <message>
        <source>There is no duty log entry with id %1.</source>
        <translation>Không có mục sổ trực nào có mã %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyModeGuard</name>
    <message>
        <source>Read-only duty desk: “%1” is not available here. Only the duty log can be written; the directory and the rosters are changed at the office&apos;s desk.</source>
        <translation>Máy trực chỉ đọc: không dùng được “%1” tại đây. Chỉ được ghi sổ trực; việc thay đổi danh bạ và lịch trực được thực hiện trên máy của văn phòng.</translation>
    </message>
    <message>
        <source>“%1” is available once DutyDesk has checked this file, in a few seconds.</source>
        <translation>“%1” sẽ dùng được khi DutyDesk kiểm tra xong tệp này, sau ít giây.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::DutyResolver</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Không tìm thấy cán bộ có mã %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nobody holds this role now; go on to the next step.</source>
        <translation>Hiện không có ai đảm nhận vai trò này; chuyển sang bước tiếp theo.</translation>
    </message>
    <message>
        <source>No duty period covers %1. Call along the escalation chain.</source>
        <translation>Không có đợt trực nào bao gồm thời điểm %1. Hãy gọi lần lượt theo chuỗi báo cáo.</translation>
    </message>
    <message>
        <source>Nobody is on duty at %1 now. Call along the escalation chain.</source>
        <translation>Hiện không có ai trực tại %1. Hãy gọi lần lượt theo chuỗi báo cáo.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::EscalationChainModel</name>
    <message>
        <source>On duty as “%1”</source>
        <translation>Người đang trực với vai trò “%1”</translation>
    </message>
    <message>
        <source>Person %1 (missing)</source>
        <translation>Cán bộ mã %1 (không tìm thấy)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>name, position</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Hotline %1 (missing)</source>
        <translation>Đường dây nóng mã %1 (không tìm thấy)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>hotline label (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue with the parent unit’s chain</source>
        <translation>Tiếp tục theo chuỗi báo cáo của đơn vị cấp trên</translation>
    </message>
    <message>
        <source>%1 — inherited from %2</source>
        <translation>%1 — kế thừa từ %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi cho</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>DutyDesk::EscalationStepDialog</name>
    <message>
        <source>New Escalation Step</source>
        <translation>Thêm bước báo cáo</translation>
    </message>
    <message>
        <source>Edit Escalation Step</source>
        <translation>Sửa bước báo cáo</translation>
    </message>
    <message>
        <source>e.g. báo cáo ngay sự cố ATTT</source>
        <translation>VD: báo cáo ngay sự cố ATTT</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>person — position (unit)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>hotline label (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The chain goes on with the parent unit’s steps.</source>
        <translation>Chuỗi báo cáo tiếp tục với các bước của đơn vị cấp trên.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Gọi:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Cụ &amp;thể:</translation>
    </message>
    <message>
        <source>&amp;Wait before the next step:</source>
        <translation>&amp;Chờ trước khi sang bước tiếp theo:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Hướng dẫn:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::EscalationStore</name>
    <message>
        <source>There is no escalation step with id %1.</source>
        <translation>Không tìm thấy bước có mã %1 trong chuỗi báo cáo.</translation>
    </message>
    <message>
        <source>The wait before the next step must be between 0 and 10080 minutes.</source>
        <translation>Thời gian chờ trước khi chuyển sang bước tiếp theo phải từ 0 đến 10080 phút.</translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation>Đơn vị (mã %1) không tồn tại.</translation>
    </message>
    <message>
        <source>A step to a duty role needs the role&apos;s name.</source>
        <translation>Bước gọi theo vai trò trực cần có tên vai trò.</translation>
    </message>
    <message>
        <source>A step to a person needs an existing person.</source>
        <translation>Bước gọi cho cán bộ phải chọn một cán bộ hiện có.</translation>
    </message>
    <message>
        <source>A step to a hotline needs an existing hotline.</source>
        <translation>Bước gọi đường dây nóng phải chọn một đường dây nóng hiện có.</translation>
    </message>
    <message>
        <source>This unit has no parent unit whose chain could continue.</source>
        <translation>Đơn vị này không có đơn vị cấp trên để tiếp tục chuỗi báo cáo.</translation>
    </message>
    <message>
        <source>step %1 of the escalation chain</source>
        <translation>bước %1 của chuỗi báo cáo</translation>
    </message>
    <message>
        <source>Position %1 is outside the chain (1 to %2).</source>
        <translation>Thứ tự %1 nằm ngoài chuỗi báo cáo (từ 1 đến %2).</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Official duty roster</source>
        <translation>Lịch trực chính thức</translation>
    </message>
    <message>
        <source>Call sheets for duty officers</source>
        <translation>Danh sách liên lạc cho cán bộ trực</translation>
    </message>
    <message>
        <source>Contacts of the directory</source>
        <translation>Thông tin liên hệ trong danh bạ</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Dấu phẩy ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Đợt &amp;trực:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>Ký tự &amp;phân cách CSV:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu thành tệp:</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>Lịch iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>Danh bạ vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Roster template for a unit to fill in (XLSX)</source>
        <translation>Mẫu lịch trực để đơn vị điền (XLSX)</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Exporter</name>
    <message>
        <source>No temporary folder for the spreadsheet.</source>
        <translation>Không có thư mục tạm để tạo bảng tính.</translation>
    </message>
    <message>
        <source>This format cannot hold contacts.</source>
        <translation>Định dạng này không dùng được để xuất danh bạ.</translation>
    </message>
    <message>
        <source>This format cannot hold a roster.</source>
        <translation>Định dạng này không dùng được để xuất lịch trực.</translation>
    </message>
    <message>
        <source>A %1 cannot be exported as %2; choose one of: %3.</source>
        <translation>Không thể xuất %1 dưới dạng %2; hãy chọn một trong các định dạng: %3.</translation>
    </message>
    <message>
        <source>Choose the duty period to export.</source>
        <translation>Hãy chọn đợt trực cần xuất.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Hãy chọn tệp cần ghi.</translation>
    </message>
    <message>
        <source>Only a calendar can be exported for one person.</source>
        <translation>Khi xuất cho một người, chỉ có thể xuất tệp lịch.</translation>
    </message>
    <message>
        <source>The database is open read-only: the export could not be recorded in the audit log.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể ghi thao tác xuất vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Thư mục “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không thể ghi “%1”: %2</translation>
    </message>
    <message>
        <source>Choose the unit whose roster template to write.</source>
        <translation>Hãy chọn đơn vị cần tạo mẫu lịch trực.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Format</name>
    <message>
        <source>%1, %2</source>
        <comment>weekday, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>wait before the next step</comment>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>DutyDesk::GenerateCommand</name>
    <message>
        <source>--%1 takes a positive whole number, not “%2”.</source>
        <translation>Tùy chọn --%1 cần một số nguyên dương, không phải “%2”.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>Tệp cơ sở dữ liệu cần tạo.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Number of units (default 1100).</source>
        <translation>Số đơn vị (mặc định 1100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of people (default 15000).</source>
        <translation>Số người (mặc định 15000).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Days of the duty period (default 5).</source>
        <translation>Số ngày của đợt trực (mặc định 5).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Giá trị khởi tạo (seed) của bộ tạo dữ liệu (mặc định 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>In kết quả dạng JSON để máy đọc.</translation>
    </message>
    <message>
        <source>Language of messages.</source>
        <translation>Ngôn ngữ của thông báo.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>generate takes no argument “%1”.</source>
        <translation>Lệnh generate không nhận đối số “%1”.</translation>
    </message>
    <message>
        <source>At most 1,000,000 units, 10,000,000 people and 60 days.</source>
        <translation>Tối đa 1.000.000 đơn vị, 10.000.000 người và 60 ngày.</translation>
    </message>
    <message>
        <source>Generated %1 units, %2 people (%3 numbers), %4 escalation steps and %5 assignments in %6 s into %7.</source>
        <translation>Đã tạo %1 đơn vị, %2 người (%3 số điện thoại), %4 bước chuỗi báo cáo và %5 lượt phân công trong %6 giây vào %7.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Generator</name>
    <message>
        <source>The generated number %1 is not valid.</source>
        <translation>Số điện thoại %1 được tạo ra không hợp lệ.</translation>
    </message>
    <message numerus="yes">
        <source>Data can only be generated into an empty database; this one already holds %n unit(s).</source>
        <translation>
            <numerusform>Chỉ có thể tạo dữ liệu vào cơ sở dữ liệu trống; cơ sở dữ liệu này đã có %n đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of units must be between 1 and 1,000,000.</source>
        <translation>Số đơn vị phải từ 1 đến 1.000.000.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 60.</source>
        <translation>Số ngày phải từ 1 đến 60.</translation>
    </message>
    <message>
        <source>The first day is not a valid date.</source>
        <translation>Ngày đầu tiên không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>At least %1 people are needed for %2 units (%3 a unit), and at most 10,000,000.</source>
        <translation>Cần ít nhất %1 người cho %2 đơn vị (%3 người mỗi đơn vị) và tối đa 10.000.000 người.</translation>
    </message>
    <message>
        <source>Nothing was generated.</source>
        <translation>Không có dữ liệu nào được tạo.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HistoryDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>History of Changes</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Words in the changes (diacritics optional)</source>
        <translation>Từ ngữ trong nội dung thay đổi (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>Choose a change to read it in full.</source>
        <translation>Chọn một thay đổi để xem đầy đủ nội dung.</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) are shown; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>Đang hiển thị %n thay đổi mới nhất; hãy thu hẹp bộ lọc để xem các thay đổi cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả cán bộ</translation>
    </message>
    <message>
        <source>Choose a unit first.</source>
        <translation>Hãy chọn đơn vị trước.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HotlineDialog</name>
    <message>
        <source>New Hotline</source>
        <translation>Thêm đường dây nóng</translation>
    </message>
    <message>
        <source>Edit Hotline</source>
        <translation>Sửa đường dây nóng</translation>
    </message>
    <message>
        <source>e.g. 24/7 or 07:00–22:00</source>
        <translation>ví dụ: 24/7 hoặc 07:00–22:00</translation>
    </message>
    <message>
        <source>All units (global)</source>
        <translation>Tất cả đơn vị (dùng chung)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Tên gọi:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số điện thoại:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Giờ hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Nguồn:</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HotlineModel</name>
    <message>
        <source>All units (global)</source>
        <translation>Tất cả các đơn vị (dùng chung)</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ hoạt động</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>DutyDesk::HotlinesPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Every hotline: the global ones and those of each unit.</source>
        <translation>Tất cả đường dây nóng: đường dây dùng chung và đường dây của từng đơn vị.</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Edit Hotline “%1”</source>
        <translation>Sửa đường dây nóng “%1”</translation>
    </message>
    <message>
        <source>Delete Hotline</source>
        <translation>Xóa đường dây nóng</translation>
    </message>
    <message>
        <source>Delete the hotline “%1”?</source>
        <translation>Xóa đường dây nóng “%1”?</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Review the columns before checking the file</source>
        <translation>&amp;Xem lại các cột trước khi kiểm tra tệp</translation>
    </message>
    <message>
        <source>Use the Selected Row as &amp;Header</source>
        <translation>Dùng dòng đang chọn làm &amp;tiêu đề</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Tiế&amp;p theo &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>A spreadsheet (.xlsx) or a CSV file</source>
        <translation>Tệp bảng tính (.xlsx) hoặc tệp CSV</translation>
    </message>
    <message>
        <source>Only workbooks (.xlsx) have sheets</source>
        <translation>Chỉ tệp bảng tính (.xlsx) mới có trang tính</translation>
    </message>
    <message>
        <source>People of units</source>
        <translation>Cán bộ của các đơn vị</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>From the file&apos;s unit column</source>
        <translation>Theo cột đơn vị trong tệp</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Tran&amp;g tính:</translation>
    </message>
    <message>
        <source>&amp;What it holds:</source>
        <translation>&amp;Loại dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Đợt t&amp;rực:</translation>
    </message>
    <message>
        <source>&amp;Unit of the rows:</source>
        <translation>Đơn &amp;vị của các dòng:</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Tệp cần nhập</translation>
    </message>
    <message>
        <source>Tell which column holds what. The highlighted row is the header; the rows below it are imported. Columns set to “Ignore” are left out.</source>
        <translation>Hãy cho biết mỗi cột chứa thông tin gì. Dòng được tô sáng là dòng tiêu đề; các dòng bên dưới sẽ được nhập. Các cột đặt là “Bỏ qua” sẽ không được nhập.</translation>
    </message>
    <message>
        <source>The columns of the file</source>
        <translation>Các cột của tệp</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Number (STT)</source>
        <translation>Số thứ tự (STT)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Role of the row</source>
        <translation>Vai trò của dòng</translation>
    </message>
    <message>
        <source>Hotline name</source>
        <translation>Tên đường dây nóng</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ hoạt động</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Bảng tính và tệp CSV (*.xlsx *.xlsm *.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ẩn)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with text.</source>
        <translation>
            <numerusform>%n dòng có nội dung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>Bảng mã: %1.</translation>
    </message>
    <message>
        <source>a column per duty role (or “%1” and “%2”)</source>
        <translation>một cột cho mỗi vai trò trực (hoặc “%1” và “%2”)</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Còn thiếu: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Vai trò: %1</translation>
    </message>
    <message>
        <source>No column holds the unit: choose its column here, or go back and choose the unit of the rows.</source>
        <translation>Không có cột nào chứa đơn vị: hãy chọn cột đơn vị tại đây, hoặc quay lại để chọn đơn vị cho các dòng.</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, trang tính “%2”</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s) read.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: đã đọc %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>To add: &lt;b&gt;%1&lt;/b&gt;. To change: &lt;b&gt;%2&lt;/b&gt;. Unchanged: %3.</source>
        <translation>Sẽ thêm: &lt;b&gt;%1&lt;/b&gt;. Sẽ thay đổi: &lt;b&gt;%2&lt;/b&gt;. Không đổi: %3.</translation>
    </message>
    <message>
        <source>Errors: %1. Warnings: %2.</source>
        <translation>Lỗi: %1. Cảnh báo: %2.</translation>
    </message>
    <message>
        <source>The columns are read as you mapped them for an earlier file with the same header.</source>
        <translation>Các cột được đọc theo cách bạn đã ghép cho một tệp trước đây có cùng dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Chưa có dữ liệu nào bị thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n row(s) in error and import the others</source>
        <translation>
            <numerusform>&amp;Bỏ qua %n dòng có lỗi và nhập các dòng còn lại</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has errors: correct them in the file and check it again, or skip the rows in error.</source>
        <translation>Tệp có lỗi: hãy sửa lỗi trong tệp rồi kiểm tra lại, hoặc bỏ qua các dòng có lỗi.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Đã hủy nhập dữ liệu: không có dữ liệu nào bị thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>The columns could not be remembered: %1</source>
        <translation>Không ghi nhớ được cách ghép cột: %1</translation>
    </message>
    <message>
        <source>The columns are remembered for the next file with the same header.</source>
        <translation>Cách ghép cột đã được ghi nhớ cho lần nhập tệp có cùng dòng tiêu đề.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt; from %1.</source>
        <translation>&lt;b&gt;Đã nhập&lt;/b&gt; từ %1.</translation>
    </message>
    <message>
        <source>Added: %1. Changed: %2. Unchanged: %3.</source>
        <translation>Đã thêm: %1. Đã thay đổi: %2. Không đổi: %3.</translation>
    </message>
    <message>
        <source>Rows left out because of their errors: %1.</source>
        <translation>Số dòng bị bỏ qua do có lỗi: %1.</translation>
    </message>
    <message>
        <source>A backup of the database before the import: %1</source>
        <translation>Bản sao lưu cơ sở dữ liệu trước khi nhập: %1</translation>
    </message>
    <message>
        <source>Choose the duty period of the roster.</source>
        <translation>Hãy chọn đợt trực của lịch trực.</translation>
    </message>
    <message>
        <source>The file has no unit column: choose the unit of its rows.</source>
        <translation>Tệp không có cột đơn vị: hãy chọn đơn vị cho các dòng trong tệp.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <comment>of a spreadsheet</comment>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ImportMapping</name>
    <message>
        <source>“Họ và tên” (Name), and “Chức vụ”, “Đơn vị”, “Điện thoại”</source>
        <translation>“Họ và tên” (bắt buộc), cùng các cột “Chức vụ”, “Đơn vị”, “Điện thoại”</translation>
    </message>
    <message>
        <source>“Tên đơn vị” (Name), and “Tên viết tắt”, “Mã”, “Đơn vị cấp trên”, “Địa chỉ”</source>
        <translation>“Tên đơn vị” (bắt buộc), cùng các cột “Tên viết tắt”, “Mã”, “Đơn vị cấp trên”, “Địa chỉ”</translation>
    </message>
    <message>
        <source>“Số” or “Điện thoại” (Number), and “Tên”, “Đơn vị”, “Thời gian”</source>
        <translation>“Số” hoặc “Điện thoại” (bắt buộc), cùng các cột “Tên”, “Đơn vị”, “Thời gian”</translation>
    </message>
    <message>
        <source>“Ngày” (Date), “Ca” (Shift) and one column per duty role (%1)</source>
        <translation>“Ngày”, “Ca” và mỗi vai trò trực một cột (%1)</translation>
    </message>
    <message>
        <source>“Lãnh đạo trực”, “Cán bộ trực”, …</source>
        <translation>“Lãnh đạo trực”, “Cán bộ trực”, …</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, trang tính “%2”</translation>
    </message>
    <message>
        <source>%1: no header row found in the first %2 rows. Expected columns: %3.</source>
        <translation>%1: không tìm thấy dòng tiêu đề trong %2 dòng đầu tiên. Các cột cần có: %3.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Importer</name>
    <message>
        <source>The unit is empty.</source>
        <translation>Chưa ghi đơn vị.</translation>
    </message>
    <message>
        <source>The file has no “Đơn vị” column: choose the unit of these rows.</source>
        <translation>Tệp không có cột “Đơn vị”: hãy chọn đơn vị cho các dòng này.</translation>
    </message>
    <message>
        <source>“%1” names %2 units; write the unit&apos;s full name or code.</source>
        <translation>“%1” trùng với tên của %2 đơn vị; hãy ghi tên đầy đủ hoặc mã của đơn vị.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: it is not in the directory.</source>
        <translation>Không rõ đơn vị “%1”: đơn vị này không có trong danh bạ.</translation>
    </message>
    <message>
        <source>%1 is matched to %2 of the directory by the number %3.</source>
        <translation>%1 được khớp với %2 trong danh bạ theo số điện thoại %3.</translation>
    </message>
    <message>
        <source>%1 names %2 people of the unit; add the phone number to tell them apart.</source>
        <translation>Đơn vị có %2 người cùng tên %1; hãy bổ sung số điện thoại để phân biệt.</translation>
    </message>
    <message>
        <source>%1 of %2, who has the same number</source>
        <translation>%1 thuộc %2, có cùng số điện thoại</translation>
    </message>
    <message>
        <source>%1 will be added as a new person; similar people in the directory: %2.</source>
        <translation>%1 sẽ được thêm thành cán bộ mới; những người có tên tương tự trong danh bạ: %2.</translation>
    </message>
    <message>
        <source>The unit&apos;s name is empty.</source>
        <translation>Tên đơn vị đang để trống.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: it is not in the directory nor above in this file.</source>
        <translation>Không rõ đơn vị “%1”: đơn vị này không có trong danh bạ và cũng không có ở các dòng phía trên trong tệp này.</translation>
    </message>
    <message>
        <source>Unknown kind of unit “%1”; the kind is guessed from the name.</source>
        <translation>Không rõ loại đơn vị “%1”; loại đơn vị sẽ được xác định theo tên.</translation>
    </message>
    <message>
        <source>“%1” is listed twice; this row is ignored.</source>
        <translation>“%1” xuất hiện hai lần; dòng này bị bỏ qua.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Tên đang để trống.</translation>
    </message>
    <message>
        <source>%1 is listed twice; the rows are merged.</source>
        <translation>%1 xuất hiện hai lần; các dòng đã được gộp lại.</translation>
    </message>
    <message>
        <source>The hotline needs a label (what it is for).</source>
        <translation>Đường dây nóng cần có nhãn (dùng cho việc gì).</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>Số điện thoại đang để trống.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Vietnamese phone number.</source>
        <translation>“%1” không phải là số điện thoại Việt Nam hợp lệ.</translation>
    </message>
    <message>
        <source>A roster import needs its duty period.</source>
        <translation>Cần chọn đợt trực để nhập lịch trực.</translation>
    </message>
    <message>
        <source>“%1” is published and locked; reopen it before importing.</source>
        <translation>“%1” đã được ban hành và khóa; hãy mở lại trước khi nhập.</translation>
    </message>
    <message>
        <source>“%1” is not a duty role of “%2”; its roles are %3.</source>
        <translation>“%1” không phải là vai trò trực của “%2”; các vai trò trực gồm %3.</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 30/4/2023).</source>
        <translation>“%1” không phải là ngày (hãy ghi theo dạng 30/4/2023).</translation>
    </message>
    <message>
        <source>%1 is not a day of “%2” (%3 – %4).</source>
        <translation>Ngày %1 không thuộc đợt trực “%2” (%3 – %4).</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3.</source>
        <translation>Ngày %1 là %2, không phải %3.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Chưa ghi ngày.</translation>
    </message>
    <message>
        <source>The shift is empty; the shifts are %1.</source>
        <translation>Chưa ghi ca trực; các ca trực gồm %1.</translation>
    </message>
    <message>
        <source>“%1” is not a shift of this period; the shifts are %2.</source>
        <translation>“%1” không phải là ca trực của đợt trực này; các ca trực gồm %2.</translation>
    </message>
    <message>
        <source>“%1” is not a duty role of “%2”.</source>
        <translation>“%1” không phải là vai trò trực của “%2”.</translation>
    </message>
    <message>
        <source>The number %1 has no name with it.</source>
        <translation>Số điện thoại %1 không kèm họ tên.</translation>
    </message>
    <message>
        <source>%1 is already on duty on %2 in this shift (row %3): a person cannot hold two overlapping duties.</source>
        <translation>%1 đã được phân công trực ngày %2 trong ca này (dòng %3): một người không thể đảm nhận hai ca trực trùng thời gian.</translation>
    </message>
    <message>
        <source>%1 is already on duty at %2 on %3, overlapping this shift: a person cannot hold two overlapping duties.</source>
        <translation>%1 đã được phân công trực tại %2 ngày %3, trùng thời gian với ca này: một người không thể đảm nhận hai ca trực trùng thời gian.</translation>
    </message>
    <message>
        <source>%1 is unavailable on %2 (%3).</source>
        <translation>%1 vắng mặt ngày %2 (%3).</translation>
    </message>
    <message>
        <source>, sheet “%1”</source>
        <translation>, trang tính “%1”</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, cột %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read.</source>
        <translation>
            <numerusform>%1: đã đọc %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, trang tính “%2”</translation>
    </message>
    <message>
        <source>To add: %1. To change: %2. Unchanged: %3.</source>
        <translation>Thêm mới: %1. Thay đổi: %2. Không thay đổi: %3.</translation>
    </message>
    <message>
        <source>Rows skipped because of errors: %1.</source>
        <translation>Số dòng bị bỏ qua do có lỗi: %1.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Imported. A backup of the database before the import: %1</source>
        <translation>Đã nhập xong. Bản sao lưu cơ sở dữ liệu trước khi nhập: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the errors, or choose to skip the rows in error.</source>
        <translation>Chưa nhập dữ liệu nào: hãy sửa các lỗi hoặc chọn bỏ qua các dòng có lỗi.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Chạy thử: chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>Không tạo được bản sao lưu trước khi nhập nên chưa nhập dữ liệu nào: %1</translation>
    </message>
    <message>
        <source>%1: the import failed and nothing was imported: %2</source>
        <translation>%1: nhập dữ liệu không thành công, chưa có dữ liệu nào được nhập: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Đã hủy nhập dữ liệu.</translation>
    </message>
    <message>
        <source>%1: the header row is not in the file.</source>
        <translation>%1: không tìm thấy dòng tiêu đề trong tệp.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Lookup</name>
    <message>
        <source>No unit matches “%1”.</source>
        <translation>Không tìm thấy đơn vị nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>“%1” matches %2 units: %3. Type more of the name, or give the id.</source>
        <translation>“%1” khớp với %2 đơn vị: %3. Hãy nhập tên đầy đủ hơn hoặc nhập mã.</translation>
    </message>
    <message>
        <source>No duty period matches “%1”.</source>
        <translation>Không tìm thấy đợt trực nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>“%1” matches %2 duty periods: %3. Type more of the title, or give the id.</source>
        <translation>“%1” khớp với %2 đợt trực: %3. Hãy nhập tên đầy đủ hơn hoặc nhập mã.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::MainWindow</name>
    <message>
        <source>DutyDesk</source>
        <translation>DutyDesk</translation>
    </message>
    <message>
        <source>Search units, people, numbers (Ctrl+K)</source>
        <translation>Tìm đơn vị, cán bộ, số điện thoại (Ctrl+K)</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>Trực ngay</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Duty log</source>
        <translation>Sổ trực</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Th&amp;iết lập…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>&amp;About DutyDesk</source>
        <translation>&amp;Giới thiệu DutyDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Danh bạ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>“%1” could not be opened.

%2</source>
        <translation>Không mở được “%1”.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Mở bộ dữ liệu mẫu</translation>
    </message>
    <message>
        <source>The sample could not be created.

%1</source>
        <translation>Không tạo được bộ dữ liệu mẫu.

%1</translation>
    </message>
    <message>
        <source>Welcome to DutyDesk</source>
        <translation>Chào mừng bạn đến với DutyDesk</translation>
    </message>
    <message>
        <source>There is no DutyDesk database on this computer yet.

Start with an empty directory, or explore a fictional province with its units, people, hotlines, escalation chains and a holiday duty period?</source>
        <translation>Máy tính này chưa có cơ sở dữ liệu DutyDesk.

Bạn muốn bắt đầu với danh bạ trống, hay xem thử dữ liệu mẫu của một tỉnh giả định gồm các đơn vị, cán bộ, đường dây nóng, chuỗi báo cáo và một đợt trực ngày lễ?</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>DutyDesk databases (*.db)</source>
        <translation>Cơ sở dữ liệu DutyDesk (*.db)</translation>
    </message>
    <message>
        <source>“%1” exists already. Open it with File ▸ Open Database.</source>
        <translation>“%1” đã tồn tại. Hãy mở tệp này bằng Tệp ▸ Mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>DutyDesk databases (*.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu DutyDesk (*.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <source>%1 — DutyDesk</source>
        <translation>%1 — DutyDesk</translation>
    </message>
    <message>
        <source>%1 · %2 units · %3 people</source>
        <translation>%1 · %2 đơn vị · %3 cán bộ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>Ngôn ngữ mới sẽ có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>About DutyDesk</source>
        <translation>Giới thiệu DutyDesk</translation>
    </message>
    <message>
        <source>DutyDesk %1

Holiday duty rosters, hotlines and escalation chains for Vietnamese offices.</source>
        <translation>DutyDesk %1

Phần mềm quản lý lịch trực ngày lễ, đường dây nóng và chuỗi báo cáo dành cho các cơ quan, đơn vị Việt Nam.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Print Preview of the Roster…</source>
        <translation>Xem trước khi in &amp;lịch trực…</translation>
    </message>
    <message>
        <source>Print Preview of the &amp;Call Sheet…</source>
        <translation>Xem trước khi in &amp;danh sách liên lạc…</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Lịch trực</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Đã hủy thao tác xuất; chưa có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Print Preview: Duty Roster</source>
        <translation>Xem trước khi in: Lịch trực</translation>
    </message>
    <message>
        <source>Print Preview: Call Sheet</source>
        <translation>Xem trước khi in: Danh sách liên lạc</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>%1 units, %2 people, %3 duty periods</source>
        <translation>%1 đơn vị, %2 người, %3 đợt trực</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>“%1” is damaged and was left as it is.

%2

Restore the newest sound backup, from %3 (%4)? The damaged file is kept as a backup too.</source>
        <translation>“%1” bị hỏng và được giữ nguyên, không bị ghi thêm.

%2

Khôi phục bản sao lưu còn tốt gần nhất, lúc %3 (%4)? Tệp bị hỏng cũng được giữ lại làm bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup could not be restored.

%1</source>
        <translation>Không khôi phục được bản sao lưu.

%1</translation>
    </message>
    <message>
        <source>Read-only duty desk</source>
        <translation>Máy trực chỉ đọc</translation>
    </message>
    <message>
        <source>The file was checked and backed up; changes can be saved.</source>
        <translation>Tệp đã được kiểm tra và sao lưu; có thể lưu các thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;History of Changes…</source>
        <translation>Nhật &amp;ký thay đổi…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Khôi phục từ bản &amp;sao lưu…</translation>
    </message>
    <message>
        <source>Opened %1; checking the file…</source>
        <translation>Đã mở %1; đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>DutyDesk (read-only)</source>
        <translation>DutyDesk (chỉ đọc)</translation>
    </message>
    <message>
        <source>%1 — DutyDesk (read-only)</source>
        <translation>%1 — DutyDesk (chỉ đọc)</translation>
    </message>
    <message>
        <source>This desk was started read-only (--read-only) and stays so until DutyDesk is started without it.</source>
        <translation>Máy này được khởi động ở chế độ chỉ đọc (--read-only) và sẽ giữ nguyên chế độ này cho đến khi DutyDesk được khởi động không kèm tùy chọn đó.</translation>
    </message>
    <message>
        <source>Read-only duty desk: the organisation&apos;s texts are shown here, not changed; they are changed at the office&apos;s desk.</source>
        <translation>Máy trực chỉ đọc: nội dung của cơ quan chỉ được hiển thị ở đây, không thể thay đổi; việc thay đổi được thực hiện trên máy của văn phòng.</translation>
    </message>
    <message>
        <source>This desk is now a read-only duty desk.</source>
        <translation>Máy này hiện là máy trực chỉ đọc.</translation>
    </message>
    <message>
        <source>This desk can change the data again.</source>
        <translation>Máy này đã có thể thay đổi dữ liệu trở lại.</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace “%1” by the backup of %2?

Everything changed since then is replaced too. The database as it is now is kept as a backup (“Before a restore”), so you can go back to it the same way.</source>
        <translation>Thay thế “%1” bằng bản sao lưu lúc %2?

Mọi thay đổi kể từ thời điểm đó cũng sẽ bị thay thế. Cơ sở dữ liệu hiện tại được giữ lại làm bản sao lưu (“Trước khi khôi phục”), nên bạn có thể quay lại theo cách tương tự.</translation>
    </message>
    <message>
        <source>The backup could not be restored; nothing was changed.

%1</source>
        <translation>Không khôi phục được bản sao lưu; chưa có dữ liệu nào bị thay đổi.

%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1.</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Đang đọc dữ liệu tài liệu…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>Đã hủy lệnh in; không có trang nào được gửi tới máy in.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Sa&amp;mple</source>
        <translation>Mở &amp;bộ dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Print Preview of the Roster of &amp;All Units…</source>
        <translation>Xem trước khi in lịch trực của tất cả đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Print Preview of the Call Sheets of All Uni&amp;ts…</source>
        <translation>Xem trước khi in danh sách liên lạc của tất &amp;cả đơn vị…</translation>
    </message>
    <message>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Đã hủy lệnh in; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Printing was stopped. This printer cannot take back a job, so the pages drawn before Cancel may still be printed.</source>
        <translation>Đã dừng in. Máy in này không thu hồi được lệnh in đã gửi, nên những trang đã vẽ trước khi bấm Hủy vẫn có thể được in ra.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Bắt đầu với danh bạ trống</translation>
    </message>
    <message>
        <source>Explore the sample</source>
        <translation>Xem dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
</context>
<context>
    <name>DutyDesk::NowPage</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Bây giờ</translation>
    </message>
    <message>
        <source>Unit, person or number — typing without diacritics is fine (e.g. “hong bang”)</source>
        <translation>Đơn vị, cán bộ hoặc số điện thoại — có thể gõ không dấu (ví dụ: “hong bang”)</translation>
    </message>
    <message>
        <source>Follow the clock again</source>
        <translation>Quay lại theo giờ hiện tại</translation>
    </message>
    <message>
        <source>Who is on duty &amp;at:</source>
        <translation>Ai trực &amp;vào lúc:</translation>
    </message>
    <message>
        <source>“%1” is a global hotline: %2</source>
        <translation>“%1” là đường dây nóng chung: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Sao chép %1 vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Đã sao chép %1</translation>
    </message>
    <message>
        <source>Type the name of a unit, a person or a number above and press Enter.</source>
        <translation>Nhập tên đơn vị, cán bộ hoặc số điện thoại vào ô phía trên rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, lúc %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3–%4) of %5</source>
        <translation>%1, %2 (%3–%4) ngày %5</translation>
    </message>
    <message>
        <source>no duty period at this moment</source>
        <translation>hiện không có đợt trực nào</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Đang trực</translation>
    </message>
    <message>
        <source>Nobody is on duty at this unit now.</source>
        <translation>Hiện không có ai trực tại đơn vị này.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>name, position</comment>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Escalation chain</source>
        <translation>Chuỗi báo cáo</translation>
    </message>
    <message>
        <source>This unit has no escalation chain.</source>
        <translation>Đơn vị này chưa có chuỗi báo cáo.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number. target</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(chain of %1)</source>
        <translation>(chuỗi báo cáo của %1)</translation>
    </message>
    <message>
        <source>No answer within %1: go to the next step.</source>
        <translation>Không có ai trả lời sau %1: chuyển sang bước tiếp theo.</translation>
    </message>
    <message>
        <source>Hotlines</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>No hotline is recorded.</source>
        <translation>Chưa có đường dây nóng nào.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeopleModel</name>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>IT/security</source>
        <translation>CNTT/ATTT</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodCopy</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>unit, day, shift</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 is no longer active.</source>
        <translation>%1: %2 đã ngừng hoạt động.</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4 (%5).</source>
        <translation>%1: %2 vắng mặt từ %3 đến %4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4.</source>
        <translation>%1: %2 vắng mặt từ %3 đến %4.</translation>
    </message>
    <message>
        <source>%1: %2 is already on duty at that time.</source>
        <translation>%1: %2 đã có lịch trực vào thời gian này.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodDialog</name>
    <message>
        <source>Also copy the assignments, day by day</source>
        <translation>Sao chép cả phân công trực, theo từng ngày</translation>
    </message>
    <message>
        <source>New Duty Period</source>
        <translation>Đợt trực mới</translation>
    </message>
    <message>
        <source>Nothing: the usual shifts and duty roles</source>
        <translation>Không sao chép: dùng các ca trực và vai trò trực thông thường</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Holiday:</source>
        <translation>&amp;Dịp lễ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên đợt trực:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <source>&amp;Copy from:</source>
        <translation>&amp;Sao chép từ:</translation>
    </message>
    <message>
        <source>None: enter the days by hand</source>
        <translation>Không chọn: nhập ngày thủ công</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodStatusCommand</name>
    <message>
        <source>Publish “%1”</source>
        <translation>Ban hành “%1”</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Mở lại “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PeriodStore</name>
    <message>
        <source>There is no duty period with id %1.</source>
        <translation>Không có đợt trực nào có mã %1.</translation>
    </message>
    <message>
        <source>A duty period needs a title.</source>
        <translation>Đợt trực cần có tiêu đề.</translation>
    </message>
    <message>
        <source>The duty period “%1” needs a valid first and last day.</source>
        <translation>Đợt trực “%1” cần có ngày bắt đầu và ngày kết thúc hợp lệ.</translation>
    </message>
    <message>
        <source>The first day of “%1” (%2) is after its last day (%3).</source>
        <translation>Ngày bắt đầu của “%1” (%2) lại sau ngày kết thúc (%3).</translation>
    </message>
    <message>
        <source>The duty period “%1” is longer than a year.</source>
        <translation>Đợt trực “%1” dài hơn một năm.</translation>
    </message>
    <message>
        <source>“%1” is published and locked; reopen it to make changes.</source>
        <translation>“%1” đã được ban hành và khóa; hãy mở lại để chỉnh sửa.</translation>
    </message>
    <message>
        <source>There is no shift with id %1.</source>
        <translation>Không có ca trực nào có mã %1.</translation>
    </message>
    <message>
        <source>A shift needs a name.</source>
        <translation>Ca trực cần có tên.</translation>
    </message>
    <message>
        <source>The shift “%1” needs a start and an end time.</source>
        <translation>Ca trực “%1” cần có giờ bắt đầu và giờ kết thúc.</translation>
    </message>
    <message>
        <source>The shift “%1” starts and ends at the same time.</source>
        <translation>Ca trực “%1” có giờ bắt đầu trùng với giờ kết thúc.</translation>
    </message>
    <message>
        <source>There is no duty role with id %1.</source>
        <translation>Không có vai trò trực nào có mã %1.</translation>
    </message>
    <message>
        <source>A duty role needs a name.</source>
        <translation>Vai trò trực cần có tên.</translation>
    </message>
    <message>
        <source>The duty role “%1” asks for %2 people; give a number from 0 to 20.</source>
        <translation>Vai trò trực “%1” yêu cầu %2 người; hãy nhập số từ 0 đến 20.</translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation>Không có lượt phân công nào có mã %1.</translation>
    </message>
    <message>
        <source>%1 is not a day of “%2”.</source>
        <translation>Ngày %1 không thuộc đợt trực “%2”.</translation>
    </message>
    <message>
        <source>The shift does not belong to “%1”.</source>
        <translation>Ca trực này không thuộc “%1”.</translation>
    </message>
    <message>
        <source>The duty role does not belong to “%1”.</source>
        <translation>Vai trò trực này không thuộc “%1”.</translation>
    </message>
    <message>
        <source>The unit (id %1) does not exist.</source>
        <translation>Đơn vị (mã %1) không tồn tại.</translation>
    </message>
    <message>
        <source>An assignment needs a person from the directory or a name.</source>
        <translation>Lượt phân công cần có một cán bộ trong danh bạ hoặc một họ tên.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The person (id %1) does not exist.</source>
        <translation>Cán bộ (mã %1) không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3 (%4).</source>
        <translation>%1 vắng mặt từ %2 đến %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is already on duty at that time: %2, %3, %4.</source>
        <translation>%1 đã có lịch trực vào thời gian này: %2, %3, %4.</translation>
    </message>
    <message>
        <source>A duty slot cannot be moved to another period, unit, day, shift or role; remove it and assign again.</source>
        <translation>Không thể chuyển vị trí trực sang đợt trực, đơn vị, ngày, ca trực hoặc vai trò trực khác; hãy xóa vị trí này rồi phân công lại.</translation>
    </message>
    <message>
        <source>the duty slot</source>
        <translation>vị trí trực</translation>
    </message>
    <message>
        <source>Unavailability needs a valid first and last day.</source>
        <translation>Thời gian vắng mặt cần có ngày bắt đầu và ngày kết thúc hợp lệ.</translation>
    </message>
    <message>
        <source>The first day of the unavailability (%1) is after its last day (%2).</source>
        <translation>Ngày bắt đầu vắng mặt (%1) lại sau ngày kết thúc (%2).</translation>
    </message>
    <message>
        <source>There is no unavailability record with id %1.</source>
        <translation>Không có bản ghi vắng mặt nào có mã %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PersonDialog</name>
    <message>
        <source>&amp;Leader</source>
        <translation>&amp;Lãnh đạo</translation>
    </message>
    <message>
        <source>&amp;IT/security staff</source>
        <translation>Cán bộ &amp;CNTT/ATTT</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Đang &amp;hoạt động</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>Family, middle and given name, e.g. Phạm Đức Tính</source>
        <translation>Họ, tên đệm và tên, ví dụ: Phạm Đức Tính</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>Thêm &amp;số</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Họ và &amp;tên:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>e.g. 0904 185 683</source>
        <translation>ví dụ: 0904 185 683</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Xóa số này</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PersonPickerDialog</name>
    <message>
        <source>Assign a Person</source>
        <translation>Phân công cán bộ trực</translation>
    </message>
    <message>
        <source>Replace the Person on Duty</source>
        <translation>Thay người trực</translation>
    </message>
    <message>
        <source>Type a name, a position or a number</source>
        <translation>Nhập họ tên, chức vụ hoặc số điện thoại</translation>
    </message>
    <message>
        <source>Now on duty:</source>
        <translation>Người đang trực:</translation>
    </message>
    <message>
        <source>e.g. sick leave, business trip</source>
        <translation>VD: nghỉ ốm, đi công tác</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Lý do thay đổi:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PersonPickerModel</name>
    <message>
        <source>Already in this slot</source>
        <translation>Đã ở vị trí trực này</translation>
    </message>
    <message>
        <source>Unavailable %1–%2: %3</source>
        <translation>Vắng mặt %1–%2: %3</translation>
    </message>
    <message>
        <source>On duty elsewhere: %1, %2</source>
        <translation>Đang trực ở nơi khác: %1, %2</translation>
    </message>
    <message>
        <source>Not a leader</source>
        <translation>Không phải lãnh đạo</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Chưa có số điện thoại</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <comment>a leader&apos;s name</comment>
        <translation>%1 ★</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) · %1</source>
        <comment>slots held · weighted load</comment>
        <translation>
            <numerusform>%n ca trực · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Load so far</source>
        <translation>Số ca đã trực</translation>
    </message>
    <message>
        <source>At that time</source>
        <translation>Tại thời điểm đó</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PhoneNumber</name>
    <message>
        <source>“%1” is not a valid Vietnamese phone number</source>
        <translation>“%1” không phải là số điện thoại Việt Nam hợp lệ</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>Số điện thoại đang để trống</translation>
    </message>
    <message>
        <source>“%1” is a foreign phone number; only Vietnamese numbers are accepted</source>
        <translation>“%1” là số điện thoại nước ngoài; chỉ chấp nhận số điện thoại Việt Nam</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PresenceCommand</name>
    <message>
        <source>Add Unit “%1”</source>
        <translation>Thêm đơn vị “%1”</translation>
    </message>
    <message>
        <source>Add Person “%1”</source>
        <translation>Thêm cán bộ “%1”</translation>
    </message>
    <message>
        <source>Add Hotline “%1”</source>
        <translation>Thêm đường dây nóng “%1”</translation>
    </message>
    <message>
        <source>Delete Unit “%1”</source>
        <translation>Xóa đơn vị “%1”</translation>
    </message>
    <message>
        <source>Delete Person “%1”</source>
        <translation>Xóa cán bộ “%1”</translation>
    </message>
    <message>
        <source>Delete Hotline “%1”</source>
        <translation>Xóa đường dây nóng “%1”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PrintPreviewDialog</name>
    <message>
        <source>Previous Page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of the %2 units; Print prints all %2.</source>
        <translation>Bản xem trước hiển thị %1 đơn vị đầu tiên trong số %2 đơn vị; lệnh In sẽ in đủ cả %2 đơn vị.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
</context>
<context>
    <name>DutyDesk::PrintableDocument</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Không có gì để in.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::ProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. Restoring replaces the database by the chosen backup: what was changed since it was made is replaced too. The database as it is now is kept as a backup first, so a restore can itself be undone the same way.</source>
        <translation>Các bản sao lưu của “%1”, mới nhất xếp trước. Khi khôi phục, cơ sở dữ liệu sẽ được thay thế bằng bản sao lưu đã chọn: mọi thay đổi kể từ khi tạo bản sao lưu đó cũng bị thay thế. Cơ sở dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác việc khôi phục theo cách tương tự.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Hãy chọn một bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterCheck</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>unit, day, shift, role</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>%1: nobody is on duty.</source>
        <translation>%1: chưa có người trực.</translation>
    </message>
    <message>
        <source>%1: place %2 of %3 is empty.</source>
        <translation>%1: vị trí thứ %2 (trong số %3) còn trống.</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4 (%5).</source>
        <translation>%1: %2 vắng mặt từ %3 đến %4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 is unavailable from %3 to %4.</source>
        <translation>%1: %2 vắng mặt từ %3 đến %4.</translation>
    </message>
    <message>
        <source>%1: %2 has no valid phone number.</source>
        <translation>%1: %2 không có số điện thoại hợp lệ.</translation>
    </message>
    <message>
        <source>%1: %2 holds a leader role but is not a leader.</source>
        <translation>%1: %2 được xếp vai trò lãnh đạo trực nhưng không phải là lãnh đạo.</translation>
    </message>
    <message>
        <source>%1: %2 is also on duty at an overlapping time: %3.</source>
        <translation>%1: %2 cũng có lịch trực vào thời gian trùng lặp: %3.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>unit, day, shift</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3 (%4)</source>
        <comment>unit, day, shift (period)</comment>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Empty slot</source>
        <translation>Vị trí trống</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Trùng lịch trực</translation>
    </message>
    <message>
        <source>Unavailable person on duty</source>
        <translation>Người vắng mặt được xếp trực</translation>
    </message>
    <message>
        <source>No valid phone number</source>
        <translation>Không có số điện thoại hợp lệ</translation>
    </message>
    <message>
        <source>Leader role held by a non-leader</source>
        <translation>Vai trò lãnh đạo trực do người không phải lãnh đạo đảm nhận</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterData</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Đã hủy xuất dữ liệu.</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Không tìm thấy đơn vị có mã %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterEdit</name>
    <message>
        <source>Give a reason for changing the person on duty.</source>
        <translation>Hãy nêu lý do thay đổi người trực.</translation>
    </message>
    <message>
        <source>Choose the person who takes over the slot.</source>
        <translation>Hãy chọn người nhận thay vị trí trực này.</translation>
    </message>
    <message>
        <source>That person already holds this slot.</source>
        <translation>Người này đã đảm nhận vị trí trực này rồi.</translation>
    </message>
    <message>
        <source>A slot cannot be swapped with itself.</source>
        <translation>Không thể đổi một vị trí trực với chính nó.</translation>
    </message>
    <message>
        <source>Both slots are held by the same person; there is nothing to swap.</source>
        <translation>Cả hai vị trí trực đều do cùng một người đảm nhận; không có gì để đổi.</translation>
    </message>
    <message>
        <source>%1 is unavailable from %2 to %3 (%4).</source>
        <translation>%1 vắng mặt từ %2 đến %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is already on duty at that time: %2, %3, %4.</source>
        <translation>%1 đã có lịch trực vào thời gian này: %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterGridModel</name>
    <message>
        <source>%1
(%2)</source>
        <comment>date, lunar date during Tết</comment>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>(person %1)</source>
        <translation>(cán bộ mã %1)</translation>
    </message>
    <message>
        <source>— empty —</source>
        <translation>— trống —</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>A %1 needs nobody in this role.</source>
        <translation>Đơn vị loại %1 không cần bố trí người cho vai trò này.</translation>
    </message>
    <message>
        <source>%1 of %2 places filled</source>
        <translation>Đã xếp %1/%2 vị trí</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>name, position</comment>
        <translation>, %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <comment>name: phones</comment>
        <translation>: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>holder (note)</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1
%2–%3</source>
        <comment>shift name, start–end</comment>
        <translation>%1
%2–%3</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca trực</translation>
    </message>
    <message numerus="yes">
        <source>%1: a leader role, %n place(s) here</source>
        <translation>
            <numerusform>%1: vai trò lãnh đạo, %n vị trí tại đơn vị này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n place(s) here</source>
        <translation>
            <numerusform>%1: %n vị trí tại đơn vị này</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <comment>role (places)</comment>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>☎ %1</source>
        <comment>phone number</comment>
        <translation>☎ %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterPage</name>
    <message>
        <source>This unit only</source>
        <translation>Chỉ đơn vị này</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Đợt trự&amp;c:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>🔒 This period is published and locked: the roster is read-only. Reopen it to make changes.</source>
        <translation>🔒 Đợt trực này đã được ban hành và khóa: lịch trực chỉ để xem. Hãy mở lại đợt trực nếu cần thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>All kinds that staff duty</source>
        <translation>Tất cả loại đơn vị có bố trí trực</translation>
    </message>
    <message>
        <source>Units of kind:</source>
        <translation>Loại đơn vị:</translation>
    </message>
    <message>
        <source>full</source>
        <translation>đủ người</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>thiếu người</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>Double-click a day to open the unit&apos;s roster.</source>
        <translation>Nhấp đúp vào một ngày để mở lịch trực của đơn vị.</translation>
    </message>
    <message>
        <source>Unit roster</source>
        <translation>Lịch trực đơn vị</translation>
    </message>
    <message>
        <source>Overview of all units</source>
        <translation>Tổng quan các đơn vị</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Tất cả vấn đề</translation>
    </message>
    <message>
        <source>&amp;New Period…</source>
        <translation>Đợt trực &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Publish Period</source>
        <translation>&amp;Ban hành đợt trực</translation>
    </message>
    <message>
        <source>&amp;Reopen Period</source>
        <translation>Mở &amp;lại đợt trực</translation>
    </message>
    <message>
        <source>&amp;Assign a Person…</source>
        <translation>&amp;Phân công cán bộ…</translation>
    </message>
    <message>
        <source>Re&amp;move from Duty</source>
        <translation>Xóa &amp;khỏi lịch trực</translation>
    </message>
    <message>
        <source>Slot &amp;History…</source>
        <translation>&amp;Nhật ký thay đổi vị trí trực…</translation>
    </message>
    <message>
        <source>Auto-&amp;fill This Unit</source>
        <translation>Tự động xếp lịch cho đơn &amp;vị này</translation>
    </message>
    <message>
        <source>Auto-fill the &amp;Selected Cells</source>
        <translation>Tự động xếp lịch cho các ô đã &amp;chọn</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>🔒 %1</source>
        <translation>🔒 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No problems&lt;/b&gt; in this period.</source>
        <translation>&lt;b&gt;Không có vấn đề nào&lt;/b&gt; trong đợt trực này.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in this period</source>
        <translation>
            <numerusform>Có &lt;b&gt;%n vấn đề&lt;/b&gt; trong đợt trực này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n shown</source>
        <translation>
            <numerusform>, đang hiển thị %n</numerusform>
        </translation>
    </message>
    <message>
        <source>🔒 Published</source>
        <translation>🔒 Đã ban hành</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Duty Roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <source>The period is published: reopen it to change the roster.</source>
        <translation>Đợt trực đã được ban hành: hãy mở lại đợt trực để thay đổi lịch trực.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1: %2 was replaced (%3), by %4</source>
        <translation>%1: %2 đã được thay thế (%3), người thực hiện: %4</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <source>Slot History</source>
        <translation>Nhật ký thay đổi vị trí trực</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n shift(s)</source>
        <translation>
            <numerusform>Đã sao chép %n ca trực</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n role(s)</source>
        <translation>
            <numerusform>, %n vai trò trực</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n assignment(s).</source>
        <translation>
            <numerusform> và %n lượt phân công.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) were not copied:</source>
        <translation>
            <numerusform>%n lượt phân công không được sao chép:</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Period</source>
        <translation>Sao chép đợt trực</translation>
    </message>
    <message>
        <source>“%1” is published and locked.</source>
        <translation>“%1” đã được ban hành và khóa.</translation>
    </message>
    <message>
        <source>“%1” is open for changes again.</source>
        <translation>“%1” đã được mở lại để chỉnh sửa.</translation>
    </message>
    <message>
        <source>Filling the empty places of every unit…</source>
        <translation>Đang xếp người vào các vị trí trống của tất cả đơn vị…</translation>
    </message>
    <message>
        <source>Auto-fill</source>
        <translation>Tự động xếp lịch</translation>
    </message>
    <message>
        <source>Auto-fill the Period</source>
        <translation>Tự động xếp lịch cả đợt trực</translation>
    </message>
    <message>
        <source>Auto-fill “%1”</source>
        <translation>Tự động xếp lịch cho “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Auto-fill %n Cell(s)</source>
        <translation>
            <numerusform>Tự động xếp lịch %n ô</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %n place(s).</source>
        <translation>
            <numerusform>Đã xếp người cho %n vị trí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left empty:</source>
        <translation>
            <numerusform>Còn %n vị trí trống:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n vị trí khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>No place is left empty.</source>
        <translation>Không còn vị trí nào trống.</translation>
    </message>
    <message>
        <source>Max–min load per unit: %1 (weighted shifts; night shifts and Tết days weigh more).</source>
        <translation>Chênh lệch tải trực (cao nhất – thấp nhất) trong mỗi đơn vị: %1 (tính số ca theo trọng số; ca đêm và ngày Tết có trọng số cao hơn).</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Phân công…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Thay người…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>S&amp;wap with Another Slot…</source>
        <translation>Đổ&amp;i chỗ với vị trí khác…</translation>
    </message>
    <message>
        <source>Choose a filled slot first.</source>
        <translation>Hãy chọn một vị trí đã có người trực trước.</translation>
    </message>
    <message>
        <source>Swap “%1” with…</source>
        <translation>Đổi chỗ “%1” với…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message>
        <source>Why the two exchange their duty</source>
        <translation>Lý do hai người đổi ca trực cho nhau</translation>
    </message>
    <message>
        <source>&amp;Other slot:</source>
        <translation>&amp;Vị trí kia:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Checking the period…</source>
        <translation>Đang kiểm tra đợt trực…</translation>
    </message>
    <message>
        <source>Cancelling the auto-fill…</source>
        <translation>Đang hủy tự động xếp lịch…</translation>
    </message>
    <message>
        <source>Rep&amp;lace the Person…</source>
        <translation>&amp;Thay người trực…</translation>
    </message>
    <message>
        <source>Auto-fill the Wh&amp;ole Period</source>
        <translation>Tự động &amp;xếp lịch cho cả đợt trực</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterPdf</name>
    <message>
        <source>The roster could not be drawn.</source>
        <translation>Không tạo được bản in lịch trực.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::RosterSnapshot</name>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Không tìm thấy đơn vị có mã %1.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SampleData</name>
    <message numerus="yes">
        <source>The sample data can only fill an empty database; this one already holds %n unit(s).</source>
        <translation>
            <numerusform>Dữ liệu mẫu chỉ có thể đưa vào cơ sở dữ liệu trống; cơ sở dữ liệu này đã có %n đơn vị.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyDesk::SearchResultsModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
</context>
<context>
    <name>DutyDesk::Session</name>
    <message>
        <source>The database is damaged and was not opened, so nothing in it was changed: %1</source>
        <translation>Cơ sở dữ liệu bị hỏng nên không được mở, không có gì trong đó bị thay đổi: %1</translation>
    </message>
    <message>
        <source>DutyDesk is still checking this file; changes can be saved in a few seconds.</source>
        <translation>DutyDesk vẫn đang kiểm tra tệp này; vài giây nữa mới có thể lưu các thay đổi.</translation>
    </message>
    <message>
        <source>The database is damaged and was closed, so nothing in it was changed: %1</source>
        <translation>Cơ sở dữ liệu bị hỏng và đã được đóng, nên không có dữ liệu nào trong đó bị thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SetOrganisationCommand</name>
    <message>
        <source>Change Organisation Settings</source>
        <translation>Thay đổi thiết lập cơ quan</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>e.g. UBND THÀNH PHỐ HẢI PHÒNG</source>
        <translation>Ví dụ: UBND THÀNH PHỐ HẢI PHÒNG</translation>
    </message>
    <message>
        <source>e.g. SỞ GIÁO DỤC VÀ ĐÀO TẠO</source>
        <translation>Ví dụ: SỞ GIÁO DỤC VÀ ĐÀO TẠO</translation>
    </message>
    <message>
        <source>e.g. SGDĐT-VP</source>
        <translation>Ví dụ: SGDĐT-VP</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>Ví dụ: KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>Ví dụ: PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Organisation (printed on every document)</source>
        <translation>Cơ quan (in trên mọi văn bản)</translation>
    </message>
    <message>
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing agency:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>&amp;Ký hiệu văn bản:</translation>
    </message>
    <message>
        <source>P&amp;lace name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;authority:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Default &amp;recipients
(one per line):</source>
        <translation>Nơi nhận &amp;mặc định
(mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>Duty desk: read-&amp;only</source>
        <translation>Dùng &amp;làm máy trực chỉ đọc</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>A duty officer&apos;s desk: searching, the Now page, printing, exporting and the duty log work; the directory, the rosters and the settings of the organisation cannot be changed here. Applies at once.</source>
        <translation>Máy của cán bộ trực: có thể tìm kiếm, xem trang Trực ngay, in, xuất dữ liệu và ghi sổ trực; không thể thay đổi danh bạ, lịch trực và thiết lập của cơ quan trên máy này. Có hiệu lực ngay.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SpreadsheetExport</name>
    <message>
        <source>“%1” cannot separate CSV fields.</source>
        <translation>“%1” không dùng được làm ký tự phân cách trường CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1.</source>
        <translation>Không ghi được bảng tính: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written.</source>
        <translation>Không ghi được bảng tính.</translation>
    </message>
    <message>
        <source>The spreadsheet table could not be written.</source>
        <translation>Không ghi được bảng dữ liệu trong bảng tính.</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Không tìm thấy đơn vị có mã %1.</translation>
    </message>
    <message>
        <source>The spreadsheet “%1” could not be created.</source>
        <translation>Không tạo được tệp bảng tính “%1”.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::StoreSupport</name>
    <message>
        <source>The new record received no id.</source>
        <translation>Bản ghi mới không nhận được mã.</translation>
    </message>
    <message>
        <source>“%1” was changed or deleted elsewhere since it was opened. Your change was not saved; the view has been reloaded.</source>
        <translation>“%1” đã được sửa hoặc xóa ở nơi khác kể từ khi bạn mở. Thay đổi của bạn chưa được lưu; dữ liệu đã được tải lại.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::SwapCommand</name>
    <message>
        <source>Swap “%1” and “%2”</source>
        <translation>Đổi chỗ “%1” và “%2”</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::TemplateExport</name>
    <message>
        <source>The template could not be written: %1.</source>
        <translation>Không ghi được tệp mẫu: %1.</translation>
    </message>
    <message>
        <source>The drop-down lists of the template could not be written.</source>
        <translation>Không ghi được danh sách thả xuống của tệp mẫu.</translation>
    </message>
    <message>
        <source>A roster template is made for one unit: choose it.</source>
        <translation>Mỗi mẫu lịch trực chỉ dành cho một đơn vị: hãy chọn đơn vị.</translation>
    </message>
    <message>
        <source>There is no unit with id %1.</source>
        <translation>Không có đơn vị nào có mã %1.</translation>
    </message>
    <message>
        <source>The template “%1” could not be created.</source>
        <translation>Không tạo được tệp mẫu “%1”.</translation>
    </message>
    <message>
        <source>The template could not be written.</source>
        <translation>Không ghi được tệp mẫu.</translation>
    </message>
    <message>
        <source>%1 is a template for the duty period “%2”, which is not in this database: choose the period to import it into.</source>
        <translation>%1 là tệp mẫu cho đợt trực “%2”, nhưng đợt trực này không có trong cơ sở dữ liệu: hãy chọn đợt trực để nhập vào.</translation>
    </message>
    <message>
        <source>%1 is a template for the unit “%2”, which is not in this database: choose the unit to import it into.</source>
        <translation>%1 là tệp mẫu cho đơn vị “%2”, nhưng đơn vị này không có trong cơ sở dữ liệu: hãy chọn đơn vị để nhập vào.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnavailabilityCommand</name>
    <message>
        <source>Unavailable: %1, %2 – %3</source>
        <translation>Vắng mặt: %1, %2 – %3</translation>
    </message>
    <message>
        <source>Remove the unavailability of %1</source>
        <translation>Bỏ ngày vắng mặt của %1</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnavailabilityDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Unavailability of %1</source>
        <translation>Ngày vắng mặt của %1</translation>
    </message>
    <message>
        <source>Leave, business trip, training…</source>
        <translation>Nghỉ phép, đi công tác, tập huấn…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Days on which %1 cannot be on duty:</source>
        <translation>Những ngày %1 không thể trực:</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnitDialog</name>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <source>Edit Unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>e.g. Trường THPT Ngô Quyền</source>
        <translation>Ví dụ: Trường THPT Ngô Quyền</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ:</translation>
    </message>
    <message>
        <source>&amp;Sort order:</source>
        <translation>Thứ tự &amp;sắp xếp:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnitPickerDialog</name>
    <message>
        <source>Move to the &amp;top level</source>
        <translation>Chuyển lên &amp;cấp cao nhất</translation>
    </message>
    <message>
        <source>Move “%1” To</source>
        <translation>Chuyển “%1” đến</translation>
    </message>
    <message>
        <source>Choose the new parent unit:</source>
        <translation>Chọn đơn vị cấp trên mới:</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UnitTreeModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng hoạt động)</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · mã %2</translation>
    </message>
    <message>
        <source>Rename Unit “%1” to “%2”</source>
        <translation>Đổi tên đơn vị “%1” thành “%2”</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>cấp cao nhất</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Units to “%1”</source>
        <translation>
            <numerusform>Chuyển %n đơn vị đến “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Unit “%1” to “%2”</source>
        <translation>Chuyển đơn vị “%1” đến “%2”</translation>
    </message>
</context>
<context>
    <name>DutyDesk::UpdateCommand</name>
    <message>
        <source>“%1” cannot be applied: the record was changed elsewhere in the meantime.</source>
        <translation>Không thể áp dụng “%1”: bản ghi vừa được thay đổi ở nơi khác.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::XlsxReader</name>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: không mở được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: tệp trống.</translation>
    </message>
    <message>
        <source>%1: the file is too large to import (%2 MB; at most %3 MB).</source>
        <translation>%1: tệp quá lớn để nhập (%2 MB; tối đa %3 MB).</translation>
    </message>
    <message>
        <source>%1: this is an old Excel 97–2003 (.xls) file. Open it in Excel or LibreOffice and save it as .xlsx, then import that file.</source>
        <translation>%1: đây là tệp Excel 97–2003 (.xls) định dạng cũ. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>%1: the file is damaged or incomplete (was it cut short while being copied or downloaded?). Ask for the file again.</source>
        <translation>%1: tệp bị hỏng hoặc không đầy đủ (có thể bị gián đoạn khi sao chép hoặc tải về?). Hãy đề nghị gửi lại tệp.</translation>
    </message>
    <message>
        <source>%1: this is not an Excel (.xlsx) file.</source>
        <translation>%1: đây không phải là tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: không đọc được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: this is not an Excel workbook (the part “%2” is missing).</source>
        <translation>%1: đây không phải là sổ làm việc Excel (thiếu thành phần “%2”).</translation>
    </message>
    <message>
        <source>%1: the file is damaged or incomplete (%2). Ask for the file again.</source>
        <translation>%1: tệp bị hỏng hoặc không đầy đủ (%2). Hãy đề nghị gửi lại tệp.</translation>
    </message>
    <message>
        <source>%1: the part “%2” unpacks to more than %3 MB; the file is refused (it may be built to exhaust the memory).</source>
        <translation>%1: thành phần “%2” khi giải nén vượt quá %3 MB; tệp bị từ chối (tệp có thể được tạo ra nhằm làm cạn bộ nhớ).</translation>
    </message>
    <message>
        <source>%1: the part “%2” is damaged (line %3: %4).</source>
        <translation>%1: thành phần “%2” bị hỏng (dòng %3: %4).</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet.</source>
        <translation>%1: sổ làm việc không có trang tính nào.</translation>
    </message>
    <message>
        <source>%1: there is no sheet “%2”; the sheets are %3.</source>
        <translation>%1: không có trang tính “%2”; các trang tính gồm %3.</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1, trang tính “%2”</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, cột %1</translation>
    </message>
    <message>
        <source>%1: a row number beyond Excel&apos;s limit (%2).</source>
        <translation>%1: có số thứ tự dòng vượt quá giới hạn của Excel (%2).</translation>
    </message>
    <message>
        <source>%1: more than %2 rows; split the file.</source>
        <translation>%1: có hơn %2 dòng; hãy chia nhỏ tệp.</translation>
    </message>
    <message>
        <source>%1: a cell has the malformed reference “%2”.</source>
        <translation>%1: một ô có tham chiếu sai định dạng “%2”.</translation>
    </message>
    <message>
        <source>%1: a cell beyond the last column Excel allows (%2); the file is refused.</source>
        <translation>%1: có ô nằm ngoài cột cuối cùng mà Excel cho phép (%2); tệp bị từ chối.</translation>
    </message>
    <message>
        <source>%1: the cell refers to a text that is not in the file; the file is damaged.</source>
        <translation>%1: ô tham chiếu đến một chuỗi văn bản không có trong tệp; tệp bị hỏng.</translation>
    </message>
    <message>
        <source>%1: more than %2 cells; the file is refused.</source>
        <translation>%1: có hơn %2 ô; tệp bị từ chối.</translation>
    </message>
</context>
<context>
    <name>DutyDesk::XlsxStreamWriter</name>
    <message>
        <source>The spreadsheet “%1” could not be created: %2.</source>
        <translation>Không tạo được bảng tính “%1”: %2.</translation>
    </message>
    <message>
        <source>The spreadsheet was not started.</source>
        <translation>Bảng tính chưa được bắt đầu ghi.</translation>
    </message>
    <message>
        <source>The spreadsheet “%1” could not be written: %2.</source>
        <translation>Không ghi được bảng tính “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hung Kings Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Giải phóng miền Nam, thống nhất đất nước</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
</context>
<context>
    <name>LunarCalendar</name>
    <message>
        <source>The date is not valid.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>The lunar calendar covers the years 1900 to 2100 only; %1 is outside.</source>
        <translation>Âm lịch chỉ hỗ trợ các năm từ 1900 đến 2100; năm %1 nằm ngoài phạm vi này.</translation>
    </message>
    <message>
        <source>A lunar month is numbered 1 to 12, not %1.</source>
        <translation>Tháng âm lịch được đánh số từ 1 đến 12, không phải %1.</translation>
    </message>
    <message>
        <source>Lunar year %1 has no leap month %2.</source>
        <translation>Năm âm lịch %1 không có tháng %2 nhuận.</translation>
    </message>
    <message>
        <source>Lunar month %1 of %2 has %3 days; day %4 does not exist.</source>
        <translation>Tháng %1 âm lịch năm %2 có %3 ngày; không có ngày %4.</translation>
    </message>
</context>
</TS>
