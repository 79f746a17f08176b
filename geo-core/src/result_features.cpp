#include "gigamap/core/result_features.h"

#include <algorithm>

#include "gigamap/core/area_gaps.h"
#include "gigamap/core/day_range.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/overlay.h"
#include "gigamap/core/project.h"

namespace gigamap::core {
namespace {

Value usrnValue(const std::optional<std::int64_t>& usrn) {
    return usrn ? Value(*usrn) : Value();
}

// Reads each key's geometry once: a work is in many pairs.
class GeometryLookup {
public:
    GeometryLookup(Project& project, const GeosContext& context, const char* table,
                   const char* keyField)
        : table_(project.layer(table)), context_(context), keyField_(keyField) {}

    // Nullptr when there is no such feature or it has no geometry.
    const Geometry* find(const std::string& key) {
        auto it = cache_.find(key);
        if (it == cache_.end()) {
            std::optional<Geometry> geometry;
            if (const auto feature = table_.readByKey(keyField_, key);
                feature && !feature->geometry.empty()) {
                geometry.emplace(context_.readWkb(feature->geometry));
            }
            it = cache_.emplace(key, std::move(geometry)).first;
        }
        return it->second ? &*it->second : nullptr;
    }

private:
    FeatureTable& table_;
    const GeosContext& context_;
    const char* keyField_;
    std::map<std::string, std::optional<Geometry>> cache_;
};

Feature pairFeature(std::int64_t fid, const char* kind, const std::string& a, const std::string& b,
                    double distance, const DayRange& days, const Value& usrn) {
    return {fid,
            {{"kind", std::string(kind)},
             {"a", a},
             {"b", b},
             {"distance_m", distance},
             {"start", isoDate(days.start)},
             {"end", isoDate(days.end)},
             {"usrn", usrn}},
            {}};
}

}  // namespace

ResultFeatures gapFeatures(const AreaGapsResult& result) {
    ResultFeatures out{{"gap_parts",
                        GeometryType::MultiPolygon,
                        {{"part", FieldType::Integer}, {"area_m2", FieldType::Real}},
                        {}},
                       {}};
    if (result.gap.empty()) {
        return out;
    }
    const GeosContext context;
    const Geometry gap = context.readWkb(result.gap);
    std::vector<std::pair<double, Wkb>> parts;
    for (int i = 0; i < gap.partCount(); ++i) {
        const Geometry part = gap.part(i);
        parts.emplace_back(part.area(), context.writeWkb(part.toMulti()));
    }
    std::ranges::stable_sort(parts, std::greater{}, &std::pair<double, Wkb>::first);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto rank = static_cast<std::int64_t>(i + 1);
        out.features.push_back(
            {rank, {{"part", rank}, {"area_m2", parts[i].first}}, std::move(parts[i].second)});
    }
    return out;
}

ResultFeatures oneDigFeatures(Project& project, const OneDigResult& result,
                              const OneDigOptions& options) {
    ResultFeatures out{{"one_dig_pairs",
                        GeometryType::Any,
                        {{"kind", FieldType::Text},
                         {"a", FieldType::Text},
                         {"b", FieldType::Text},
                         {"distance_m", FieldType::Real},
                         {"start", FieldType::Text},
                         {"end", FieldType::Text},
                         {"usrn", FieldType::Integer}},
                        {}},
                       {}};
    const GeosContext context;
    GeometryLookup works(project, context, "street_works", "work_reference_number");
    GeometryLookup ducts(project, context, "ducts", "ref");
    std::int64_t fid = 0;
    for (const auto& o : result.opportunities) {
        Feature feature = pairFeature(++fid, "opportunity", o.workReference, o.ductRef, o.distance,
                                      o.overlap, usrnValue(o.usrn));
        const Geometry* work = works.find(o.workReference);
        const Geometry* duct = ducts.find(o.ductRef);
        if (work != nullptr && duct != nullptr) {
            Geometry trench = sharedTrench(context, *duct, *work, options.distance);
            // At exactly the distance the buffer's chords may miss the duct.
            feature.geometry = context.writeWkb(
                trench.isEmpty() ? shortestLine(context, *work, *duct) : std::move(trench));
        }
        out.features.push_back(std::move(feature));
    }
    for (const auto& c : result.conflicts) {
        Feature feature = pairFeature(++fid, "conflict", c.workReferenceA, c.workReferenceB,
                                      c.distance, c.overlap, usrnValue(c.usrnA));
        const Geometry* a = works.find(c.workReferenceA);
        const Geometry* b = works.find(c.workReferenceB);
        if (a != nullptr && b != nullptr) {
            feature.geometry = context.writeWkb(shortestLine(context, *a, *b));
        }
        out.features.push_back(std::move(feature));
    }
    for (const auto& blocked : result.blocked) {
        Feature feature = pairFeature(++fid, "blocked", blocked.ductRef, {}, blocked.length,
                                      blocked.restriction, usrnValue(blocked.usrn));
        if (const Geometry* duct = ducts.find(blocked.ductRef)) {
            feature.geometry = context.writeWkb(*duct);
        }
        out.features.push_back(std::move(feature));
    }
    return out;
}

}  // namespace gigamap::core
