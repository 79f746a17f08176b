#include "gigamap/render/feature_reader.h"

namespace gigamap::render {

FeatureReader::FeatureReader(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                             const std::vector<std::string>& fields,
                             const std::optional<DayFilter>& dayFilter)
    : store_(db), query_(layer.table) {
    query_.select(fields);
    if (dayFilter) {
        query_.onDay(
            {dayFilter->startField, dayFilter->endField, dayFilter->day, dayFilter->keepUndated});
    }
}

void FeatureReader::forEachInBox(const core::BoundingBox& box,
                                 const std::function<bool(const FeatureRow&)>& visit) {
    store_.scan(query_.inBox(box), visit);
}

}  // namespace gigamap::render
