#pragma once

#include "Generator.h"
#include "Result.h"

#include <QString>

namespace DutyDesk {

/// A generated database the benchmark runs on, kept in a cache folder by its
/// options and seed so that later runs skip the generation.
struct Workload
{
    QString name; ///< "province", "national"
    Generator::Options options;

    static Workload province(quint64 seed);
    static Workload national(quint64 seed);

    /// The cached file's name: "national-u10000-p100000-d9-s1.db".
    QString fileName() const;

    /// The path of the cached database, generating it first when missing.
    /// `generatedMs` is the generation time, or -1 when the cache was used.
    Result<QString> ensure(const QString &cacheDir, qint64 &generatedMs) const;
};

} // namespace DutyDesk
