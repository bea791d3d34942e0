#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>

namespace DutyDesk {

/// The fictional province behind `dutydesk-cli init --sample` and the GUI's
/// first start (DESIGN.md "Sample data"): the Department of Education and
/// Training of Hải Phòng with its 7 offices, 15 district education offices, 60
/// upper-secondary schools, 12 continuing-education centres, 3 affiliated
/// units and 7 external partners (105 units), about 1,200 people, hotlines,
/// escalation chains, and the duty period "Nghỉ lễ 30/4 – 01/5/2023" partly
/// filled (about 2,000 assignments).
///
/// Every unit that must staff duty slots lists enough people to take turns
/// under AutoFill's rules (own people, leaders for the leader role, twelve
/// hours of rest): a school its principal and two deputies, two or three IT
/// staff, five others and three guards; a centre three leaders, two IT
/// staff, four or five others and three guards; a district office three
/// leaders, four to six specialists, two IT specialists and an accountant;
/// Văn phòng Sở also the officers and IT specialists of the Department's own
/// slots. So `autofill` fills every empty place, and once the double booking
/// is removed (and its place filled again), `check` finds nothing.
///
/// Every person and every number is invented (the emergency short numbers 113,
/// 114, 115 excepted). The content is generated from a fixed seed with our own
/// arithmetic, so it is identical on every run and every machine. Full names
/// are unique, even without diacritics (VietnameseText::fold), so typing a
/// name finds exactly one person; phone numbers are unique.
///
/// What the data holds on purpose, for tests, demos and the problems panel:
///
/// - The Department, its offices, the district offices and the affiliated
///   units are filled; 26 schools and 4 centres are filled completely, the
///   others only in part (the leader role on the first three days), except
///   UnfilledSchoolName, which has no assignment at all. A leader is on duty
///   for a whole day (both shifts); the others take one shift at a time, with
///   twelve hours of rest between two duties.
/// - Offices of the Department need only a "Lãnh đạo trực": the Department's
///   own officer and technician slots (staffed by Văn phòng Sở) serve them.
/// - One ordinary gap in an otherwise filled unit: GapUnitName, GapDay,
///   GapShiftName, role GapRoleName (someone of the unit is free to take it).
/// - Exactly one double booking: the Giáo viên Tin học of DoubleBookedSchoolName
///   holds "Trực kỹ thuật/ATTT" at that school on the night of DoubleBookedDay
///   and, stored with PeriodStore::ConflictPolicy::Allow, the same role at
///   DoubleBookedOtherUnitName on the same night.
/// - One unavailability: the first Phó Trưởng phòng of OnLeaveUnitName is on
///   leave from 28/4 to 3/5/2023 and holds no assignment.
/// - QuerySchoolName has no escalation chain of its own (it inherits its
///   district office's, which continues with the Department's and ends at the
///   hotlines of the IT/security body, the police cyber unit and VNCERT) and
///   people on duty in every slot; `who` at QueryMoment shows them.
/// - A few schools (OwnChainSchoolName among them) have their own chain.
/// - A second period, SecondPeriodTitle, with only the Department's leaders
///   assigned.
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::SampleData)
public:
    // UTF-8 texts: QString::fromUtf8(SampleData::PeriodTitle).
    static constexpr const char *DepartmentName = "Sở Giáo dục và Đào tạo Hải Phòng";
    static constexpr const char *PartnersGroupName = "Đơn vị phối hợp";
    static constexpr const char *PeriodTitle = "Nghỉ lễ 30/4 – 01/5/2023";
    static constexpr const char *PeriodFirstDay = "2023-04-29"; ///< ISO date
    static constexpr const char *PeriodLastDay = "2023-05-03"; ///< ISO date
    static constexpr const char *SecondPeriodTitle = "Nghỉ lễ Quốc khánh 2/9/2023";

    static constexpr const char *DayShiftName = "Ca ngày"; ///< 07:30–17:00
    static constexpr const char *NightShiftName = "Ca đêm"; ///< 17:00–07:30 (next day)
    static constexpr const char *LeaderRoleName = "Lãnh đạo trực";
    static constexpr const char *OfficerRoleName = "Cán bộ trực";
    static constexpr const char *TechRoleName = "Trực kỹ thuật/ATTT";
    static constexpr const char *GuardRoleName = "Bảo vệ";

    static constexpr int DistrictOfficeCount = 15;
    static constexpr int SchoolCount = 60;

    /// A school with an inherited chain and everybody on duty at QueryMoment.
    static constexpr const char *QuerySchoolName = "Trường THPT Thái Phiên";
    static constexpr const char *QueryMoment = "2023-04-30 20:00";
    /// A school with its own chain (roles, then the parent's).
    static constexpr const char *OwnChainSchoolName = "Trường THPT Lê Quý Đôn";
    /// The only unit that must fill slots but has no assignment at all in the
    /// first period (every other one is filled completely or partly).
    static constexpr const char *UnfilledSchoolName = "Trường THPT Cát Bà";

    static constexpr const char *GapUnitName = "Phòng GD&ĐT quận Kiến An";
    static constexpr const char *GapDay = "2023-05-02";
    static constexpr const char *GapShiftName = "Ca đêm";
    static constexpr const char *GapRoleName = "Cán bộ trực";

    static constexpr const char *DoubleBookedSchoolName = "Trường THPT Lê Quý Đôn";
    static constexpr const char *DoubleBookedPosition = "Giáo viên Tin học";
    static constexpr const char *DoubleBookedOtherUnitName = "Phòng GD&ĐT quận Lê Chân";
    static constexpr const char *DoubleBookedDay = "2023-04-30"; ///< night shift, role TechRoleName

    static constexpr const char *OnLeaveUnitName = "Phòng GD&ĐT quận Hồng Bàng";

    /// Fills an empty database with the sample, all or nothing, in one
    /// transaction. Refused (Error::Code::Invalid) when units already exist.
    static Status build(Database &db);
};

} // namespace DutyDesk
