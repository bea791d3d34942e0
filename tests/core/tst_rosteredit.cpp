#include "RosterEdit.h"
#include "RosterFixture.h"
#include "Schema.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace DutyDesk;
using namespace RosterFixture;
using Policy = PeriodStore::ConflictPolicy;

namespace {

/// 30/4–1/5/2023, a day and a night shift, one role, two schools.
struct Roster
{
    explicit Roster(Fixture &f)
    {
        period = f.period(u"30/4"_s, day("2023-04-30"), day("2023-05-01"));
        dayShift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 0);
        nightShift = f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
        role = f.role(period, u"Cán bộ trực"_s);
        a = f.unit(u"Trường A"_s);
        c = f.unit(u"Trường C"_s);
        an = f.person(a, u"Nguyễn Văn An"_s);
        binh = f.person(a, u"Trần Thị Bình"_s);
        chi = f.person(c, u"Lê Văn Chí"_s);
    }
    Id period;
    Id dayShift;
    Id nightShift;
    Id role;
    Id a;
    Id c;
    Id an;
    Id binh;
    Id chi;
};

} // namespace

class TestRosterEdit : public QObject
{
    Q_OBJECT

private slots:
    void schemaVersion2();
    void replaceKeepsHistory();
    void replaceAppliesConflictRules();
    void replaceRefusals();
    void swapExchangesHolders();
    void swapWithinTheSameShift();
    void swapAppliesConflictRules();
    void swapRefusals();
    void historyOutlivesThePerson();
};

void TestRosterEdit::schemaVersion2()
{
    QVERIFY(Database::CurrentSchemaVersion >= 2);
    QCOMPARE(Schema::migrations().last().version, Database::CurrentSchemaVersion);
    Fixture f;
    QCOMPARE(f.db.storedSchemaVersion().value(), Database::CurrentSchemaVersion);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'assignment_history'"_s), 1);

    // A version 1 file is upgraded in place, its data kept.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.db"_s);
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        old.setDatabaseName(path);
        QVERIFY(old.open());
        for (const QString &statement : Schema::migrations().first().statements)
            QVERIFY(QSqlQuery(old).exec(statement));
        QVERIFY(
            QSqlQuery(old).exec(u"INSERT INTO meta (key, value) VALUES ('schema_version', '1')"_s));
        QVERIFY(QSqlQuery(old).exec(u"INSERT INTO units (kind, name) VALUES ('school', 'X')"_s));
        old.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(db.storedSchemaVersion().value(), Database::CurrentSchemaVersion);
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM assignment_history"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM units"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestRosterEdit::replaceKeepsHistory()
{
    Fixture f;
    Roster r(f);
    const Id slot = f.assign(r.period, r.a, day("2023-04-30"), r.dayShift, r.role, r.an);
    RosterEdit edit(f.db);
    const Assignment replaced = must(edit.replace(slot, r.binh, u"  Ốm đột xuất "_s), "replace");
    QCOMPARE(replaced.id, slot);
    QCOMPARE(replaced.personId, r.binh);
    QCOMPARE(must(f.periods.assignment(slot), "assignment").personId, r.binh);

    const Assignment again = must(edit.replace(slot, r.chi, u"Đổi lịch"_s), "replace");
    QCOMPARE(again.personId, r.chi);

    const QList<AssignmentHistoryEntry> history = must(edit.history(slot), "history");
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).personId, r.an);
    QCOMPARE(history.at(0).personName, u"Nguyễn Văn An"_s);
    QCOMPARE(history.at(0).reason, u"Ốm đột xuất"_s);
    QCOMPARE(history.at(0).osUser, Database::currentUser());
    QVERIFY(history.at(0).replacedAt.isValid());
    QCOMPARE(history.at(1).personId, r.binh);
    QCOMPARE(history.at(1).reason, u"Đổi lịch"_s);
    QCOMPARE(RosterEdit::toJson(history.at(0)).value(u"reason"_s).toString(), u"Ốm đột xuất"_s);

    // Audited: the slot's update and the history row.
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE table_name = 'assignment_history'"_s),
             2);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE table_name = 'assignments' AND "
                     "action = 'update' AND row_id = ?"_s,
                     {slot}),
             2);

    // A name outside the directory is kept as such.
    const Id free = f.assignFree(r.period, r.a, day("2023-05-01"), r.dayShift, r.role,
                                 u"Ông Bảo Vệ"_s, u"0912345678"_s);
    QVERIFY(edit.replace(free, r.an, u"Có người trong danh bạ"_s));
    const QList<AssignmentHistoryEntry> freeHistory = must(edit.history(free), "history");
    QCOMPARE(freeHistory.size(), 1);
    QCOMPARE(freeHistory.first().personId, NoId);
    QCOMPARE(freeHistory.first().freeName, u"Ông Bảo Vệ"_s);
    QCOMPARE(freeHistory.first().personName, u"Ông Bảo Vệ"_s);
    const Assignment now = must(f.periods.assignment(free), "assignment");
    QVERIFY(now.freeName.isEmpty());
    QVERIFY(now.freePhone.isEmpty());
}

void TestRosterEdit::replaceAppliesConflictRules()
{
    Fixture f;
    Roster r(f);
    const Id slot = f.assign(r.period, r.a, day("2023-04-30"), r.nightShift, r.role, r.an);
    // Bình is on duty the next morning at 07:00 elsewhere: the night runs to 07:30.
    const Id other = f.period(u"Khác"_s, day("2023-05-01"), day("2023-05-01"));
    const Id early = f.shift(other, u"Ca sớm"_s, "07:00", "09:00");
    const Id otherRole = f.role(other, u"Trực"_s);
    f.assign(other, r.c, day("2023-05-01"), early, otherRole, r.binh);
    f.away(r.chi, day("2023-04-30"), day("2023-04-30"), u"Công tác"_s);

    RosterEdit edit(f.db);
    const Result<Assignment> busy = edit.replace(slot, r.binh, u"Đổi"_s);
    QVERIFY(!busy);
    QCOMPARE(busy.error().code(), Error::Code::Conflict);
    QVERIFY2(busy.message().contains(u"Trần Thị Bình"_s), qPrintable(busy.message()));
    const Result<Assignment> away = edit.replace(slot, r.chi, u"Đổi"_s);
    QVERIFY(!away);
    QCOMPARE(away.error().code(), Error::Code::Conflict);
    QVERIFY(away.message().contains(u"Công tác"_s));
    // Nothing changed, nothing recorded.
    QCOMPARE(must(f.periods.assignment(slot), "assignment").personId, r.an);
    QCOMPARE(must(edit.history(slot), "history").size(), 0);

    // Allow keeps the clash for the problems panel.
    QVERIFY(edit.replace(slot, r.binh, u"Đổi"_s, Policy::Allow));
    QCOMPARE(must(f.periods.assignment(slot), "assignment").personId, r.binh);
}

void TestRosterEdit::replaceRefusals()
{
    Fixture f;
    Roster r(f);
    const Id slot = f.assign(r.period, r.a, day("2023-04-30"), r.dayShift, r.role, r.an);
    RosterEdit edit(f.db);
    QCOMPARE(edit.replace(slot, r.binh, u"   "_s).error().code(), Error::Code::Invalid);
    QCOMPARE(edit.replace(slot, NoId, u"Lý do"_s).error().code(), Error::Code::Invalid);
    QCOMPARE(edit.replace(slot, r.an, u"Lý do"_s).error().code(), Error::Code::Invalid);
    QCOMPARE(edit.replace(999, r.binh, u"Lý do"_s).error().code(), Error::Code::NotFound);
    QVERIFY(!edit.replace(slot, 999, u"Lý do"_s));
    QVERIFY(f.periods.publish(r.period));
    const Result<Assignment> locked = edit.replace(slot, r.binh, u"Lý do"_s);
    QVERIFY(!locked);
    QVERIFY(locked.message().contains(u"published"_s));
    QCOMPARE(must(edit.history(slot), "history").size(), 0);
    QCOMPARE(must(f.periods.assignment(slot), "assignment").personId, r.an);
}

void TestRosterEdit::swapExchangesHolders()
{
    Fixture f;
    Roster r(f);
    const Id first = f.assign(r.period, r.a, day("2023-04-30"), r.dayShift, r.role, r.an);
    const Id second = f.assign(r.period, r.c, day("2023-05-01"), r.dayShift, r.role, r.chi);
    RosterEdit edit(f.db);
    const QList<Assignment> swapped = must(edit.swap(first, second, u"Đổi ca"_s), "swap");
    QCOMPARE(swapped.size(), 2);
    QCOMPARE(swapped.at(0).personId, r.chi);
    QCOMPARE(swapped.at(1).personId, r.an);
    QCOMPARE(must(f.periods.assignment(first), "assignment").personId, r.chi);
    QCOMPARE(must(f.periods.assignment(second), "assignment").personId, r.an);
    const QList<AssignmentHistoryEntry> h1 = must(edit.history(first), "history");
    const QList<AssignmentHistoryEntry> h2 = must(edit.history(second), "history");
    QCOMPARE(h1.size(), 1);
    QCOMPARE(h1.first().personId, r.an);
    QCOMPARE(h1.first().reason, u"Đổi ca"_s);
    QCOMPARE(h2.size(), 1);
    QCOMPARE(h2.first().personId, r.chi);

    // A free name moves like a person.
    const Id free = f.assignFree(r.period, r.a, day("2023-05-01"), r.nightShift, r.role,
                                 u"Ông Bảo Vệ"_s, u"0912345678"_s);
    QVERIFY(edit.swap(first, free, u"Đổi ca"_s));
    const Assignment nowFirst = must(f.periods.assignment(first), "assignment");
    QCOMPARE(nowFirst.personId, NoId);
    QCOMPARE(nowFirst.freeName, u"Ông Bảo Vệ"_s);
    QCOMPARE(nowFirst.freePhone, u"+84912345678"_s);
    QCOMPARE(must(f.periods.assignment(free), "assignment").personId, r.chi);
}

void TestRosterEdit::swapWithinTheSameShift()
{
    // Both slots at the same time: each holder leaves one and takes the other.
    Fixture f;
    Roster r(f);
    const Id inA
        = f.assign(r.period, r.a, day("2023-04-30"), r.nightShift, r.role, r.an, Policy::Refuse);
    const Id inC
        = f.assign(r.period, r.c, day("2023-04-30"), r.nightShift, r.role, r.chi, Policy::Refuse);
    QVERIFY(RosterEdit(f.db).swap(inA, inC, u"Gần nhà hơn"_s));
    QCOMPARE(must(f.periods.assignment(inA), "assignment").personId, r.chi);
    QCOMPARE(must(f.periods.assignment(inC), "assignment").personId, r.an);
}

void TestRosterEdit::swapAppliesConflictRules()
{
    Fixture f;
    Roster r(f);
    const Id first = f.assign(r.period, r.a, day("2023-04-30"), r.dayShift, r.role, r.an);
    const Id second = f.assign(r.period, r.a, day("2023-05-01"), r.dayShift, r.role, r.binh);
    // An already holds the night of 30/4 crossing to 07:30 on 1/5 — fine for
    // 1/5 07:30 (they touch); but Bình is on leave on 30/4.
    f.assign(r.period, r.c, day("2023-04-30"), r.nightShift, r.role, r.an);
    f.away(r.binh, day("2023-04-30"), day("2023-04-30"), u"Nghỉ phép"_s);
    RosterEdit edit(f.db);
    const Result<QList<Assignment>> away = edit.swap(first, second, u"Đổi"_s);
    QVERIFY(!away);
    QCOMPARE(away.error().code(), Error::Code::Conflict);
    QVERIFY2(away.message().contains(u"Nghỉ phép"_s), qPrintable(away.message()));

    // Chí, busy at noon on 30/4 in another period, can't take the 30/4 day slot.
    const Id third = f.assign(r.period, r.c, day("2023-05-01"), r.nightShift, r.role, r.chi);
    const Id other = f.period(u"Khác"_s, day("2023-04-30"), day("2023-04-30"));
    const Id noon = f.shift(other, u"Ca trưa"_s, "11:00", "13:00");
    const Id otherRole = f.role(other, u"Trực"_s);
    f.assign(other, r.c, day("2023-04-30"), noon, otherRole, r.chi);
    const Result<QList<Assignment>> busy = edit.swap(first, third, u"Đổi"_s);
    QVERIFY(!busy);
    QCOMPARE(busy.error().code(), Error::Code::Conflict);
    QVERIFY2(busy.message().contains(u"Lê Văn Chí"_s), qPrintable(busy.message()));

    // Nothing changed by the refusals.
    QCOMPARE(must(f.periods.assignment(first), "assignment").personId, r.an);
    QCOMPARE(must(f.periods.assignment(second), "assignment").personId, r.binh);
    QCOMPARE(must(f.periods.assignment(third), "assignment").personId, r.chi);
    QCOMPARE(must(edit.history(first), "history").size(), 0);

    QVERIFY(edit.swap(first, third, u"Đổi"_s, Policy::Allow));
    QCOMPARE(must(f.periods.assignment(first), "assignment").personId, r.chi);
}

void TestRosterEdit::swapRefusals()
{
    Fixture f;
    Roster r(f);
    const Id first = f.assign(r.period, r.a, day("2023-04-30"), r.dayShift, r.role, r.an);
    const Id same = f.assign(r.period, r.a, day("2023-05-01"), r.dayShift, r.role, r.an);
    const Id other = f.assign(r.period, r.c, day("2023-05-01"), r.nightShift, r.role, r.chi);
    RosterEdit edit(f.db);
    QCOMPARE(edit.swap(first, other, QString()).error().code(), Error::Code::Invalid);
    QCOMPARE(edit.swap(first, first, u"Lý do"_s).error().code(), Error::Code::Invalid);
    QCOMPARE(edit.swap(first, same, u"Lý do"_s).error().code(), Error::Code::Invalid);
    QCOMPARE(edit.swap(first, 999, u"Lý do"_s).error().code(), Error::Code::NotFound);
    QVERIFY(f.periods.publish(r.period));
    QVERIFY(!edit.swap(first, other, u"Lý do"_s));
    QCOMPARE(must(f.periods.assignment(first), "assignment").personId, r.an);
    QCOMPARE(must(f.periods.assignment(other), "assignment").personId, r.chi);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignment_history"_s), 0);
}

void TestRosterEdit::historyOutlivesThePerson()
{
    Fixture f;
    Roster r(f);
    const Id slot = f.assign(r.period, r.a, day("2023-04-30"), r.dayShift, r.role, r.an);
    RosterEdit edit(f.db);
    QVERIFY(edit.replace(slot, r.binh, u"Chuyển công tác"_s));
    QVERIFY(f.directory.deletePerson(r.an));
    const QList<AssignmentHistoryEntry> history = must(edit.history(slot), "history");
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().personId, NoId);
    QCOMPARE(history.first().reason, u"Chuyển công tác"_s);
    // The slot itself going takes its history with it.
    QVERIFY(f.periods.unassign(slot));
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignment_history"_s), 0);
}

QTEST_GUILESS_MAIN(TestRosterEdit)
#include "tst_rosteredit.moc"
