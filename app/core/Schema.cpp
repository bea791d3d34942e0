#include "Schema.h"

namespace DutyDesk {

namespace {

// Version 1: every noun of the domain model.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE units ("
            " id INTEGER PRIMARY KEY,"
            " parent_id INTEGER REFERENCES units(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL CHECK (kind IN ('department','agency_office','district_office',"
            "'school','centre','affiliated','external')),"
            " name TEXT NOT NULL CHECK (name <> ''),"
            " short_name TEXT NOT NULL DEFAULT '',"
            " code TEXT NOT NULL DEFAULT '',"
            " address TEXT NOT NULL DEFAULT '',"
            " sort_order INTEGER NOT NULL DEFAULT 0,"
            " active BOOLEAN NOT NULL DEFAULT TRUE,"
            " version INTEGER NOT NULL DEFAULT 1,"
            " CHECK (parent_id IS NULL OR parent_id <> id))"),
        QStringLiteral("CREATE INDEX units_parent ON units(parent_id)"),
        QStringLiteral("CREATE TABLE people ("
                       " id INTEGER PRIMARY KEY,"
                       " unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,"
                       " full_name TEXT NOT NULL CHECK (full_name <> ''),"
                       " position TEXT NOT NULL DEFAULT '',"
                       " is_leader BOOLEAN NOT NULL DEFAULT FALSE,"
                       " is_it_security BOOLEAN NOT NULL DEFAULT FALSE,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " active BOOLEAN NOT NULL DEFAULT TRUE,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX people_unit ON people(unit_id)"),
        QStringLiteral("CREATE TABLE phone_numbers ("
                       " id INTEGER PRIMARY KEY,"
                       " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('mobile','office','home')),"
                       " e164 TEXT NOT NULL CHECK (e164 <> ''),"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX phone_numbers_person ON phone_numbers(person_id)"),
        QStringLiteral("CREATE INDEX phone_numbers_e164 ON phone_numbers(e164)"),
        QStringLiteral("CREATE TABLE hotlines ("
                       " id INTEGER PRIMARY KEY,"
                       " unit_id INTEGER REFERENCES units(id) ON DELETE CASCADE,"
                       " label TEXT NOT NULL CHECK (label <> ''),"
                       " number TEXT NOT NULL CHECK (number <> ''),"
                       " hours TEXT NOT NULL DEFAULT '',"
                       " source_note TEXT NOT NULL DEFAULT '',"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX hotlines_unit ON hotlines(unit_id)"),
        QStringLiteral("CREATE TABLE duty_periods ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT NOT NULL CHECK (title <> ''),"
                       " first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'draft'"
                       "  CHECK (status IN ('draft','published')),"
                       " document_number TEXT NOT NULL DEFAULT '',"
                       " document_date TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (first_day <= last_day))"),
        QStringLiteral("CREATE TABLE shifts ("
                       " id INTEGER PRIMARY KEY,"
                       " period_id INTEGER NOT NULL REFERENCES duty_periods(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " start_time TEXT NOT NULL,"
                       " end_time TEXT NOT NULL,"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " CHECK (start_time <> end_time))"),
        QStringLiteral("CREATE INDEX shifts_period ON shifts(period_id)"),
        QStringLiteral("CREATE TABLE duty_roles ("
                       " id INTEGER PRIMARY KEY,"
                       " period_id INTEGER NOT NULL REFERENCES duty_periods(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK (name <> ''),"
                       " is_leader_role BOOLEAN NOT NULL DEFAULT FALSE,"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX duty_roles_period ON duty_roles(period_id)"),
        QStringLiteral("CREATE TABLE role_requirements ("
                       " role_id INTEGER NOT NULL REFERENCES duty_roles(id) ON DELETE CASCADE,"
                       " unit_kind TEXT NOT NULL,"
                       " person_count INTEGER NOT NULL CHECK (person_count >= 0),"
                       " PRIMARY KEY (role_id, unit_kind))"),
        QStringLiteral("CREATE TABLE assignments ("
                       " id INTEGER PRIMARY KEY,"
                       " period_id INTEGER NOT NULL REFERENCES duty_periods(id) ON DELETE CASCADE,"
                       " unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,"
                       " day TEXT NOT NULL,"
                       " shift_id INTEGER NOT NULL REFERENCES shifts(id) ON DELETE CASCADE,"
                       " role_id INTEGER NOT NULL REFERENCES duty_roles(id) ON DELETE CASCADE,"
                       " slot INTEGER NOT NULL DEFAULT 0,"
                       " person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,"
                       " free_name TEXT NOT NULL DEFAULT '',"
                       " free_phone TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " CHECK (person_id IS NOT NULL OR free_name <> ''),"
                       " UNIQUE (period_id, unit_id, day, shift_id, role_id, slot))"),
        QStringLiteral("CREATE INDEX assignments_person ON assignments(person_id, day)"),
        QStringLiteral("CREATE INDEX assignments_unit ON assignments(unit_id, day)"),
        QStringLiteral("CREATE TABLE unavailability ("
                       " id INTEGER PRIMARY KEY,"
                       " person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                       " first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " CHECK (first_day <= last_day))"),
        QStringLiteral("CREATE INDEX unavailability_person ON unavailability(person_id)"),
        QStringLiteral(
            "CREATE TABLE escalation_steps ("
            " id INTEGER PRIMARY KEY,"
            " unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " target TEXT NOT NULL CHECK (target IN ('role','person','hotline','parent')),"
            " role_name TEXT NOT NULL DEFAULT '',"
            " person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,"
            " hotline_id INTEGER REFERENCES hotlines(id) ON DELETE CASCADE,"
            " wait_minutes INTEGER NOT NULL DEFAULT 0 CHECK (wait_minutes >= 0),"
            " instruction TEXT NOT NULL DEFAULT '',"
            " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX escalation_steps_unit ON escalation_steps(unit_id, position)"),
        QStringLiteral("CREATE TABLE duty_log ("
                       " id INTEGER PRIMARY KEY,"
                       " period_id INTEGER REFERENCES duty_periods(id) ON DELETE SET NULL,"
                       " unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,"
                       " at TEXT NOT NULL,"
                       " author TEXT NOT NULL,"
                       " category TEXT NOT NULL CHECK (category IN ('call','incident','handover')),"
                       " text TEXT NOT NULL CHECK (text <> ''),"
                       " corrects_id INTEGER REFERENCES duty_log(id) ON DELETE CASCADE,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX duty_log_at ON duty_log(period_id, at)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " os_user TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " table_name TEXT NOT NULL,"
                       " row_id INTEGER NOT NULL DEFAULT 0,"
                       " before_json TEXT NOT NULL DEFAULT '',"
                       " after_json TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
        QStringLiteral("CREATE INDEX audit_log_row ON audit_log(table_name, row_id)"),
    };
}

// Version 2: the former holders of a slot, kept when its person is replaced
// or swapped (RosterEdit).
QStringList version2()
{
    return {
        QStringLiteral(
            "CREATE TABLE assignment_history ("
            " id INTEGER PRIMARY KEY,"
            " assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,"
            " person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,"
            " free_name TEXT NOT NULL DEFAULT '',"
            " replaced_at TEXT NOT NULL,"
            " reason TEXT NOT NULL DEFAULT '',"
            " os_user TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX assignment_history_assignment ON assignment_history(assignment_id)"),
    };
}

// Version 3: the all-units overview of one day reads the assignments of a
// period by day; without this index it scans the whole period.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS assignments_period_day "
                       "ON assignments(period_id, day, unit_id, shift_id, role_id)"),
    };
}

} // namespace

const QList<Schema::Migration> &Schema::migrations()
{
    static const QList<Migration> all = {
        {1, version1()},
        {2, version2()},
        {3, version3()},
    };
    return all;
}

} // namespace DutyDesk
