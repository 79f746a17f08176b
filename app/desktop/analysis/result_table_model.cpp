#include "analysis/result_table_model.h"

#include <QFont>
#include <QLocale>
#include <algorithm>
#include <variant>

namespace gigamap::desktop {
namespace {

QVariant raw(const core::Value& value) {
    return std::visit(
        [](const auto& v) -> QVariant {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return {};
            } else if constexpr (std::is_same_v<T, std::string>) {
                return QString::fromStdString(v);
            } else {
                return QVariant::fromValue(v);
            }
        },
        value);
}

QString shown(const core::Value& value) {
    if (const auto* number = std::get_if<double>(&value)) {
        return QLocale().toString(*number, 'f', 2);
    }
    if (const auto* whole = std::get_if<std::int64_t>(&value)) {
        return QString::number(*whole);
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return QString::fromStdString(*text);
    }
    return {};
}

// "premises_lacking_gigabit" -> "Premises lacking gigabit"; "distance_m" -> "Distance (m)".
QString readable(const std::string& column) {
    QString text = QString::fromStdString(column);
    QString unit;
    if (text.endsWith(QStringLiteral("_m2"))) {
        unit = QStringLiteral(" (m²)");
        text.chop(3);
    } else if (text.endsWith(QStringLiteral("_m"))) {
        unit = QStringLiteral(" (m)");
        text.chop(2);
    }
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QStringLiteral("usrn"), QStringLiteral("USRN"));
    text.replace(QStringLiteral("uso"), QStringLiteral("USO"));
    text.replace(QStringLiteral("sfbb"), QStringLiteral("SFBB"));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text + unit;
}

// Whether the row's `missed` column (One Dig's opportunities) says its
// join-by day has passed: the join_by cell is then struck through.
bool missedJoinBy(const core::ResultTable& table, std::size_t row, std::size_t column) {
    if (table.header[column] != "join_by") {
        return false;
    }
    const auto missed = std::find(table.header.begin(), table.header.end(), "missed");
    if (missed == table.header.end()) {
        return false;
    }
    const core::Value& value =
        table.rows[row][static_cast<std::size_t>(missed - table.header.begin())];
    const auto* flag = std::get_if<std::int64_t>(&value);
    return flag != nullptr && *flag != 0;
}

}  // namespace

ResultTableModel::ResultTableModel(core::ResultTable table, QObject* parent)
    : QAbstractTableModel(parent), table_(std::move(table)) {}

int ResultTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.header.size());
}

QVariant ResultTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const core::Value& value = table_.rows.at(static_cast<std::size_t>(index.row()))
                                   .at(static_cast<std::size_t>(index.column()));
    switch (role) {
        case Qt::DisplayRole:
            return shown(value);
        case Qt::UserRole:
            return raw(value);
        case Qt::FontRole:
            if (missedJoinBy(table_, static_cast<std::size_t>(index.row()),
                             static_cast<std::size_t>(index.column()))) {
                QFont font;
                font.setStrikeOut(true);
                return font;
            }
            return {};
        case Qt::TextAlignmentRole:
            return std::holds_alternative<std::string>(value)
                       ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 ||
        static_cast<std::size_t>(section) >= table_.header.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const std::string& column = table_.header[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole) {
        return readable(column);
    }
    if (role == Qt::ToolTipRole) {
        return tr("Column %1 of the CSV").arg(QString::fromStdString(column));
    }
    return {};
}

}  // namespace gigamap::desktop
