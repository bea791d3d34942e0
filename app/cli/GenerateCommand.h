#pragma once

#include <QStringList>
#include <QTextStream>

namespace DutyDesk {

/// `dutydesk-cli generate --units N --people M --days D [--seed S]
/// [--database FILE] [--json]`: fills a new (or empty) database with
/// Generator's synthetic data for benchmarks and load tests. Parses its own
/// options; `arguments` are those after the command name. Returns the exit
/// code (0 success, 1 failure, 2 usage error).
int runGenerate(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace DutyDesk
