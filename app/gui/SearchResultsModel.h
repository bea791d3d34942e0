#pragma once

#include "SearchIndex.h"

#include <QAbstractListModel>

namespace DutyDesk {

/// The hits of a search, as the search field's popup lists them.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, UnitIdRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString kindName(SearchHit::Kind kind);

private:
    QList<SearchHit> m_hits;
};

} // namespace DutyDesk
