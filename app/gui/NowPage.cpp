#include "NowPage.h"

#include "DomainNames.h"
#include "Format.h"
#include "PhoneNumber.h"
#include "SearchField.h"
#include "Session.h"

#include <QClipboard>
#include <QDateTimeEdit>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace DutyDesk {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

NowPage::NowPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new SearchField(session, this))
    , m_moment(new QDateTimeEdit(this))
    , m_nowButton(new QPushButton(tr("&Now"), this))
    , m_scroll(new QScrollArea(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("nowPage"));
    m_search->setObjectName(QStringLiteral("nowSearchEdit"));
    m_search->setPlaceholderText(
        tr("Unit, person or number — typing without diacritics is fine (e.g. “hong bang”)"));
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_search->setFont(big);
    m_search->setMinimumHeight(m_search->sizeHint().height() + 8);

    m_moment->setObjectName(QStringLiteral("nowDateTimeEdit"));
    m_moment->setDisplayFormat(Format::dateTimeEditFormat());
    m_moment->setCalendarPopup(true);
    m_moment->setDateTime(QDateTime::currentDateTime());
    m_nowButton->setObjectName(QStringLiteral("nowButton"));
    m_nowButton->setToolTip(tr("Follow the clock again"));
    auto *momentLabel = new QLabel(tr("Who is on duty &at:"), this);
    momentLabel->setBuddy(m_moment);

    auto *momentRow = new QHBoxLayout;
    momentRow->addWidget(momentLabel);
    momentRow->addWidget(m_moment);
    momentRow->addWidget(m_nowButton);
    momentRow->addStretch();

    m_scroll->setObjectName(QStringLiteral("answerScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(momentRow);
    layout->addWidget(m_scroll, 1);

    connect(m_search, &SearchField::hitActivated, this, [this](const SearchHit &hit) {
        if (hit.kind == SearchHit::Kind::Unit)
            showUnit(hit.id);
        else if (hit.unitId != NoId)
            showUnit(hit.unitId);
        else
            emit statusMessage(
                tr("“%1” is a global hotline: %2")
                    .arg(hit.name,
                         hit.phones.isEmpty() ? QString() : Format::phone(hit.phones.first())));
    });
    // Our own changes of the picker block its signals: this is the user's.
    connect(m_moment, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_followClock = false;
        refresh();
    });
    connect(m_nowButton, &QPushButton::clicked, this, &NowPage::followClock);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (m_followClock) {
            const QSignalBlocker blocker(m_moment);
            m_moment->setDateTime(QDateTime::currentDateTime());
            refresh();
        }
    });
    m_clock->start(60 * 1000);
    connect(&m_session, &Session::changed, this, &NowPage::refresh);
    connect(&m_session, &Session::aboutToClose, this, [this] {
        m_unitId = NoId;
        m_answer.reset();
        rebuildCard();
    });
    setTabOrder(m_search, m_moment);
    setTabOrder(m_moment, m_nowButton);
    rebuildCard();
}

void NowPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The duty officer starts typing at once.
    m_search->setFocus(Qt::OtherFocusReason);
}

void NowPage::showUnit(Id unitId)
{
    m_unitId = unitId;
    refresh();
    if (m_answer)
        emit unitChosen(unitId);
}

void NowPage::setMoment(const QDateTime &moment)
{
    m_followClock = false;
    const QSignalBlocker blocker(m_moment);
    m_moment->setDateTime(moment);
    refresh();
}

void NowPage::followClock()
{
    m_followClock = true;
    const QSignalBlocker blocker(m_moment);
    m_moment->setDateTime(QDateTime::currentDateTime());
    refresh();
}

void NowPage::refresh()
{
    m_answer.reset();
    m_error.clear();
    if (m_unitId != NoId && m_session.isOpen()) {
        const QDateTime at = m_followClock ? QDateTime::currentDateTime() : m_moment->dateTime();
        const Result<DutyAnswer> answer = m_session.resolver().resolve(m_unitId, at);
        if (answer)
            m_answer = answer.value();
        else
            m_error = answer.message();
    }
    rebuildCard();
}

QWidget *NowPage::phoneRow(const QString &e164, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(24, 0, 0, 0);
    const QString display = Format::phone(e164);
    auto *number = new QLabel(display, row);
    number->setObjectName(QStringLiteral("phoneLabel"));
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    number->setFont(font);
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *copy = new QToolButton(row);
    copy->setObjectName(QStringLiteral("copyPhoneButton"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(display));
    copy->setFocusPolicy(Qt::StrongFocus);
    const QString digits = PhoneNumber::fromE164(e164).nationalDigits();
    copy->setProperty("phone", digits.isEmpty() ? e164 : digits);
    connect(copy, &QToolButton::clicked, this, [this, copy, display] {
        QGuiApplication::clipboard()->setText(copy->property("phone").toString());
        emit statusMessage(tr("Copied %1").arg(display));
    });
    layout->addWidget(number);
    layout->addWidget(copy);
    layout->addStretch();
    return row;
}

void NowPage::rebuildCard()
{
    auto *card = new QWidget;
    card->setObjectName(QStringLiteral("answerCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setAlignment(Qt::AlignTop);

    if (!m_answer) {
        layout->addWidget(textLabel(m_error.isEmpty()
                                        ? tr("Type the name of a unit, a person or a number "
                                             "above and press Enter.")
                                        : m_error,
                                    card));
    } else {
        const DutyAnswer &a = *m_answer;
        auto *title = new QLabel(a.unit.name, card);
        title->setObjectName(QStringLiteral("answerTitle"));
        QFont titleFont = title->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
        titleFont.setBold(true);
        title->setFont(titleFont);
        title->setWordWrap(true);
        layout->addWidget(title);

        QString when
            = tr("%1 at %2").arg(Format::dateWithWeekday(a.at.date()), Format::time(a.at.time()));
        if (a.period && a.shift) {
            when += QStringLiteral(" — ")
                + tr("%1, %2 (%3–%4) of %5")
                      .arg(a.period->title, a.shift->name, Format::time(a.shift->start),
                           Format::time(a.shift->end), Format::date(a.shiftDay));
        } else if (a.period) {
            when += QStringLiteral(" — ") + a.period->title;
        } else {
            when += QStringLiteral(" — ") + tr("no duty period at this moment");
        }
        auto *shift = textLabel(when, card);
        shift->setObjectName(QStringLiteral("answerShift"));
        layout->addWidget(shift);
        if (!a.notice.isEmpty()) {
            auto *notice = textLabel(a.notice, card);
            notice->setObjectName(QStringLiteral("answerNotice"));
            notice->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            layout->addWidget(notice);
        }

        layout->addWidget(heading(tr("On duty"), card));
        if (a.onDuty.isEmpty())
            layout->addWidget(textLabel(tr("Nobody is on duty at this unit now."), card));
        for (const OnDuty &d : a.onDuty) {
            QString who = tr("%1: %2", "role: name").arg(d.roleName, d.contact.name);
            if (!d.contact.position.isEmpty())
                who += tr(", %1", "name, position").arg(d.contact.position);
            auto *label = textLabel(who, card);
            label->setObjectName(QStringLiteral("onDutyLabel"));
            layout->addWidget(label);
            for (const QString &phone : d.contact.phones)
                layout->addWidget(phoneRow(phone, card));
        }

        layout->addWidget(heading(tr("Escalation chain"), card));
        if (a.escalation.isEmpty())
            layout->addWidget(textLabel(tr("This unit has no escalation chain."), card));
        int number = 0;
        for (const ResolvedStep &step : a.escalation) {
            ++number;
            QString line = tr("%1. %2", "step number. target").arg(number).arg(step.label);
            if (step.inherited && !step.ownerUnitName.isEmpty()
                && !step.label.contains(step.ownerUnitName))
                line += QStringLiteral(" ") + tr("(chain of %1)").arg(step.ownerUnitName);
            auto *label = textLabel(line, card);
            label->setObjectName(QStringLiteral("stepLabel"));
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
            layout->addWidget(label);
            for (const Contact &contact : step.contacts) {
                if (contact.name != step.label) {
                    QString name = contact.name;
                    if (!contact.position.isEmpty())
                        name += tr(", %1", "name, position").arg(contact.position);
                    auto *who = textLabel(name, card);
                    who->setContentsMargins(24, 0, 0, 0);
                    layout->addWidget(who);
                }
                for (const QString &phone : contact.phones)
                    layout->addWidget(phoneRow(phone, card));
            }
            if (!step.problem.isEmpty()) {
                auto *problem = textLabel(step.problem, card);
                problem->setContentsMargins(24, 0, 0, 0);
                problem->setStyleSheet(QStringLiteral("color: #b00020;"));
                layout->addWidget(problem);
            }
            if (!step.instruction.isEmpty()) {
                auto *instruction = textLabel(step.instruction, card);
                instruction->setContentsMargins(24, 0, 0, 0);
                QFont font = instruction->font();
                font.setItalic(true);
                instruction->setFont(font);
                layout->addWidget(instruction);
            }
            if (step.waitMinutes > 0 && number < a.escalation.size()) {
                auto *wait = textLabel(tr("No answer within %1: go to the next step.")
                                           .arg(Format::minutes(step.waitMinutes)),
                                       card);
                wait->setContentsMargins(24, 0, 0, 0);
                layout->addWidget(wait);
            }
        }

        layout->addWidget(heading(tr("Hotlines"), card));
        if (a.hotlines.isEmpty())
            layout->addWidget(textLabel(tr("No hotline is recorded."), card));
        for (const Hotline &h : a.hotlines) {
            QString text = h.label;
            if (!h.hours.isEmpty())
                text += QStringLiteral(" (") + h.hours + QStringLiteral(")");
            layout->addWidget(textLabel(text, card));
            layout->addWidget(phoneRow(h.number, card));
        }
    }
    layout->addStretch();
    m_scroll->setWidget(card); // deletes the previous card
    m_card = card;
    // Keyboard order: search, moment, Now, then the copy buttons top to bottom.
    QWidget *previous = m_nowButton;
    const QList<QToolButton *> buttons = card->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        setTabOrder(previous, button);
        previous = button;
    }
}

} // namespace DutyDesk
