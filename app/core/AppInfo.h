#pragma once

namespace DutyDesk {

/// The names DutyDesk is known by on the desktop, used alike by the desktop
/// entry, the metainfo, the icons and the settings.
struct AppInfo
{
    static constexpr const char *ApplicationId = "vn.dutydesk.DutyDesk";
    static constexpr const char *Organisation = "vn.dutydesk";
    static constexpr const char *OrganisationDomain = "dutydesk.vn";
    static constexpr const char *ApplicationName = "DutyDesk";
};

} // namespace DutyDesk
