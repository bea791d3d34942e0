#include "SearchResultsModel.h"

#include "Format.h"

#include <QApplication>
#include <QStyle>

namespace DutyDesk {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Unit:
        return tr("Unit");
    case SearchHit::Kind::Person:
        return tr("Person");
    case SearchHit::Kind::Hotline:
        return tr("Hotline");
    }
    return {};
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = hit.name;
        if (!hit.detail.isEmpty())
            text += QStringLiteral(" — ") + hit.detail;
        if (!hit.phones.isEmpty() && hit.kind == SearchHit::Kind::Person)
            text += QStringLiteral(" · ") + Format::phone(hit.phones.first());
        return text;
    }
    case Qt::ToolTipRole:
        return kindName(hit.kind);
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        switch (hit.kind) {
        case SearchHit::Kind::Unit:
            return style->standardIcon(QStyle::SP_DirIcon);
        case SearchHit::Kind::Person:
            return style->standardIcon(QStyle::SP_FileIcon);
        case SearchHit::Kind::Hotline:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    }
    case KindRole:
        return int(hit.kind);
    case IdRole:
        return hit.id;
    case UnitIdRole:
        return hit.unitId;
    }
    return {};
}

} // namespace DutyDesk
