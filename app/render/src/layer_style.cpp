#include "gigamap/render/layer_style.h"

#include <algorithm>

namespace gigamap::render {

QString valueText(const core::Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return QString::number(*i);
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return QString::number(*d, 'g', 15);
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        return QString::fromStdString(*s);
    }
    return {};
}

std::optional<double> valueNumber(const core::Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*i);
    }
    if (const auto* d = std::get_if<double>(&value)) {
        return *d;
    }
    if (const auto* s = std::get_if<std::string>(&value)) {
        bool ok = false;
        const double number = QString::fromStdString(*s).toDouble(&ok);
        return ok ? std::optional(number) : std::nullopt;
    }
    return std::nullopt;
}

const Symbol* LayerStyle::symbolFor(const core::Value& value) const {
    const Symbol* other = showOthers ? &symbol : nullptr;
    switch (renderer) {
        case RendererKind::SingleSymbol:
            return &symbol;
        case RendererKind::Categorised: {
            const QString text = valueText(value);
            const auto it = std::find_if(categories.begin(), categories.end(),
                                         [&](const Category& c) { return c.value == text; });
            return it != categories.end() ? &it->symbol : other;
        }
        case RendererKind::Graduated: {
            const auto number = valueNumber(value);
            if (!number) {
                return other;
            }
            const auto it = std::find_if(
                classes.begin(), classes.end(),
                [&](const GraduatedClass& c) { return *number >= c.lower && *number <= c.upper; });
            return it != classes.end() ? &it->symbol : other;
        }
    }
    return other;
}

std::vector<QString> LayerStyle::fieldsUsed() const {
    std::vector<QString> fields;
    const auto add = [&](const QString& name) {
        if (!name.isEmpty() && std::find(fields.begin(), fields.end(), name) == fields.end()) {
            fields.push_back(name);
        }
    };
    if (renderer != RendererKind::SingleSymbol) {
        add(field);
    }
    add(labelField);
    add(radiusField);
    return fields;
}

}  // namespace gigamap::render
