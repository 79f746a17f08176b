#include "gigamap/report/report_html.h"

#include <fmt/format.h>

#include <set>

#include "format.h"
#include "gigamap/core/day_range.h"

namespace gigamap::report {
namespace {

// Rich-text styling Qt understands; the same text is the HTML file and the PDF.
constexpr char kStyle[] = R"(
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1d2530; }
h1 { font-size: 20pt; color: #0b3d5c; }
h2 { font-size: 14pt; color: #0b3d5c; margin-top: 18px; }
h3 { font-size: 11pt; color: #0b3d5c; }
table { border-collapse: collapse; margin-bottom: 8px; }
th { font-size: 7.5pt; background-color: #0b3d5c; color: #ffffff; padding: 3px; text-align: left; }
td { font-size: 7.5pt; padding: 3px; border-bottom: 1px solid #c8d3dc; }
td.num, th.num { text-align: right; }
p.note { color: #4a5968; font-style: italic; }
p.caption { color: #4a5968; font-size: 8pt; }
.headline { font-size: 12pt; }
)";

struct Cell {
    std::string text;
    bool number = false;
    bool wrap = true;
};

// A right-aligned figure (already formatted, never wrapped).
Cell num(std::string text) {
    return {std::move(text), true, false};
}
// Text that may wrap.
Cell txt(std::string_view text) {
    return {escape(text), false, true};
}
// A reference or code: kept on one line.
Cell oneLine(std::string_view text) {
    return {escape(text), false, false};
}

// A table with a header row; `numbers` marks right-aligned columns.
// `widths` in percent of the text width (Qt's table layout otherwise breaks
// codes and headings mid-word).
std::string table(const std::vector<std::string>& headers,
                  const std::vector<std::vector<Cell>>& rows,
                  const std::set<std::size_t>& numbers = {}, const std::vector<int>& widths = {}) {
    std::string html =
        "<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>";
    for (std::size_t i = 0; i < headers.size(); ++i) {
        html += fmt::format(
            "<th{}{}>{}</th>", i < widths.size() ? fmt::format(" width=\"{}%\"", widths[i]) : "",
            numbers.contains(i) ? " class=\"num\" align=\"right\"" : "", escape(headers[i]));
    }
    html += "</tr></thead><tbody>";
    for (const auto& row : rows) {
        html += "<tr>";
        for (const auto& cell : row) {
            html +=
                fmt::format("<td{}>{}</td>", cell.number ? " class=\"num\" align=\"right\"" : "",
                            cell.wrap ? cell.text : "<nobr>" + cell.text + "</nobr>");
        }
        html += "</tr>";
    }
    return html + "</tbody></table>";
}

// A range of days on two lines, first day above last.
Cell days(const core::DayRange& range) {
    return {core::isoDate(range.start) + "<br/>" + core::isoDate(range.end), false, true};
}

std::string note(std::string_view text) {
    return fmt::format("<p class=\"note\">{}</p>", escape(text));
}

std::string figure(const FigureRef& figure) {
    return fmt::format(
        "<p align=\"center\"><img src=\"{}\" width=\"{}\"/></p><p class=\"caption\" "
        "align=\"center\">{}</p>",
        escape(figure.name), figure.widthPx, escape(figure.caption));
}

std::string section(int number, std::string_view title, bool newPage = true) {
    return fmt::format("<h2{}>{}. {}</h2>", newPage ? " style=\"page-break-before: always\"" : "",
                       number, escape(title));
}

std::string usrnText(const std::optional<std::int64_t>& usrn) {
    return usrn ? std::to_string(*usrn) : "";
}

std::string districtLabel(const ReportData& data) {
    if (data.districtName) {
        return fmt::format("{} ({})", *data.districtName, *data.districtCode);
    }
    return data.projectName;
}

std::string title(const ReportData& data) {
    std::string html = fmt::format(
        "<h1>Gigabit district evidence and costed plan</h1>"
        "<p class=\"headline\"><b>{}</b><br/>Project: {}<br/>Date: {}</p>",
        escape(districtLabel(data)), escape(data.projectName), escape(data.date));
    html +=
        "<p>Prepared with gigamap to support the procurement of an open-access full-fibre "
        "network: where connectivity is good and where it must improve, what the proposed "
        "build costs, and where digging once with other works saves money.</p>";
    html += section(1, "Data sources", false);
    std::vector<std::vector<Cell>> rows;
    for (const auto& source : data.sources) {
        rows.push_back({oneLine(source.name), oneLine(source.vintage),
                        txt(source.attribution.empty() ? "—" : source.attribution)});
    }
    html += rows.empty() ? note("The project records no data sources.")
                         : table({"Source", "Vintage", "Attribution required by its licence"}, rows,
                                 {}, {22, 16, 62});
    html +=
        "<p>Contains public sector information licensed under the Open Government Licence "
        "v3.0 where the sources above say so. Layers marked synthetic are generated for "
        "demonstration and are not real records.</p>";
    return html;
}

std::string headline(const ReportData& data) {
    std::string html = section(2, "Headline coverage");
    const auto& h = data.headline;
    if (h.premises == 0) {
        html += note(
            "The project has no postcodes with Ofcom premises figures, so no coverage "
            "figures can be given. Import Ofcom Connected Nations postcode data.");
    } else {
        html += fmt::format("<p>From {} postcodes with Ofcom figures ({} premises).</p>",
                            grouped(h.postcodes), grouped(h.premises));
        const std::vector<std::pair<const char*, double>> classes{
            {"Below the Universal Service Obligation (10 Mbit/s)", h.belowUso},
            {"Below superfast (30 Mbit/s)", h.belowSfbb},
            {"Superfast (SFBB, 30 Mbit/s or more)", h.sfbb},
            {"Ultrafast (UFBB, 300 Mbit/s or more)", h.ufbb},
            {"Gigabit capable", h.gigabit},
            {"Full fibre", h.fullFibre}};
        std::vector<std::vector<Cell>> rows;
        for (const auto& [label, premises] : classes) {
            rows.push_back({txt(label), num(whole(premises)), num(percent(h.share(premises)))});
        }
        html += table({"Class", "Premises", "Share"}, rows, {1, 2});
    }
    if (!data.localAuthority.empty()) {
        html += fmt::format("<h3>Ofcom local-authority figures ({})</h3>",
                            escape(data.localAuthorityVintage));
        std::vector<std::vector<Cell>> rows;
        for (const auto& [column, value] : data.localAuthority) {
            rows.push_back({txt(column), num(escape(value))});
        }
        html += table({"Measure", "Value"}, rows, {1});
    }
    html += "<h3>Area not covered by Wi-Fi or mobile coverage</h3>";
    if (data.gaps) {
        const auto& g = *data.gaps;
        html += table(
            {"District area", "Covered", "Gap", "Gap share"},
            {{num(squareKilometres(g.districtArea)), num(squareKilometres(g.coveredArea)),
              num(squareKilometres(g.gapArea)),
              num(fmt::format("{:.2f} %",
                              g.districtArea > 0 ? 100.0 * g.gapArea / g.districtArea : 0.0))}},
            {0, 1, 2, 3});
        html +=
            fmt::format("<p>Covered: {} hotspot footprints and {} mobile coverage polygons.</p>",
                        g.hotspots, g.mobilePolygons);
    } else {
        html += note(data.gapsNote);
    }
    return html;
}

std::string wards(const ReportData& data, const ReportFigures& figures) {
    std::string html = section(3, "Wards by premises lacking gigabit");
    if (data.wards.empty()) {
        return html + note("The project has no ward boundaries.");
    }
    if (figures.wardChart) {
        html += figure(*figures.wardChart);
    }
    std::vector<std::vector<Cell>> rows;
    for (const auto& ward : data.wards) {
        // The code under the name: Qt's table layout would break a code column mid-word.
        rows.push_back({{fmt::format("{}<br/><span style=\"color: #6b7a89\">{}</span>",
                                     escape(ward.name), escape(ward.code)),
                         false, true},
                        num(grouped(ward.postcodes)),
                        num(grouped(ward.premises)),
                        num(whole(ward.premisesLackingGigabit)),
                        num(whole(ward.premisesLackingSfbb)),
                        num(whole(ward.premisesLackingFullFibre)),
                        num(whole(ward.premisesBelowUso))});
    }
    rows.push_back({txt("Unassigned postcodes"), num(grouped(data.unassigned.postcodes)),
                    num(grouped(data.unassigned.premises)),
                    num(whole(data.unassigned.premisesLackingGigabit)),
                    num(whole(data.unassigned.premisesLackingSfbb)),
                    num(whole(data.unassigned.premisesLackingFullFibre)),
                    num(whole(data.unassigned.premisesBelowUso))});
    return html + table({"Ward", "Postcodes", "Premises", "Lacking gigabit", "Lacking SFBB",
                         "Lacking full fibre", "Below USO"},
                        rows, {1, 2, 3, 4, 5, 6}, {28, 12, 12, 12, 12, 12, 12});
}

std::string maps(const ReportFigures& figures) {
    std::string html = section(4, "Maps");
    if (figures.overview.empty()) {
        return html + note("No maps were drawn.");
    }
    for (const auto& f : figures.overview) {
        html += figure(f);
    }
    for (std::size_t i = 0; i < figures.atlas.size(); ++i) {
        html += fmt::format("<h3 style=\"page-break-before: always\">Ward atlas: {}</h3>",
                            escape(figures.atlasWards[i]));
        html += figure(figures.atlas[i]);
    }
    return html;
}

std::string build(const ReportData& data) {
    std::string html = section(5, "Proposed build");
    const auto& b = data.build;
    if (b.ducts.empty() && b.chambers == 0) {
        return html + note(
                          "The project has no planned or proposed ducts or chambers, so there "
                          "is no proposed build to cost.");
    }
    std::vector<std::vector<Cell>> rows;
    for (const auto& s : b.surfaces) {
        rows.push_back({txt(s.surface), num(grouped(static_cast<std::int64_t>(s.ducts))),
                        num(metres(s.length)), num(pounds(s.rate) + "/m"), num(pounds(s.cost))});
    }
    rows.push_back({txt("Road crossings"), num(grouped(static_cast<std::int64_t>(b.roadCrossings))),
                    txt(""), num(pounds(data.costs.rate("road_crossing").pounds) + " each"),
                    num(pounds(b.roadCrossingCost))});
    rows.push_back({txt("Chambers (planned and proposed)"),
                    num(grouped(static_cast<std::int64_t>(b.chambers))), txt(""),
                    num(pounds(data.costs.rate("chamber").pounds) + " each"),
                    num(pounds(b.chamberCost))});
    rows.push_back(
        {txt("Total"), txt(""), txt(""), txt(""), num("<b>" + pounds(b.total) + "</b>")});
    html += table({"Item", "Count", "Length", "Rate", "Cost"}, rows, {1, 2, 3, 4},
                  {34, 10, 18, 18, 20});
    html += fmt::format(
        "<p>Premises passed (postcodes within {} of a planned or proposed duct): <b>{}</b> in {} "
        "postcodes. Cost per premises passed: <b>{}</b>.</p>",
        metres(b.passDistance), grouped(b.premisesPassed),
        grouped(static_cast<std::int64_t>(b.postcodesPassed)),
        b.costPerPremisesPassed ? pounds(*b.costPerPremisesPassed) : "not defined (none passed)");
    return html;
}

std::string oneDig(const ReportData& data) {
    std::string html = section(6, "One Dig");
    if (data.streetWorks == 0) {
        return html + note(
                          "The project has no street works, so there are no dig-once "
                          "opportunities or conflicts to report. Import Street Manager data.");
    }
    const auto street = [&](const std::optional<std::int64_t>& usrn) {
        if (!usrn) {
            return std::string();
        }
        const auto it = data.streetNames.find(std::to_string(*usrn));
        return it == data.streetNames.end() ? std::to_string(*usrn)
                                            : fmt::format("{} ({})", it->second, *usrn);
    };
    html += fmt::format(
        "<p>Within {} and overlapping in time: {} dig-once opportunities with an estimated saving "
        "of <b>{}</b> over {} of shared trench; {} conflicts between street works; {} planned "
        "ducts blocked by Section 58 restrictions.</p>",
        metres(data.oneDigDistance), data.oneDig.opportunities.size(), pounds(data.savings.total),
        metres(data.savings.sharedLength), data.oneDig.conflicts.size(), data.blocked.size());
    html += "<h3>Dig-once opportunities</h3>";
    if (data.savings.savings.empty()) {
        html += note("None.");
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& s : data.savings.savings) {
            const auto& o = s.opportunity;
            rows.push_back({oneLine(o.workReference), oneLine(o.ductRef), txt(o.promoter),
                            txt(street(o.usrn)), days(o.overlap), num(metres(s.sharedLength)),
                            num(pounds(s.saving))});
        }
        html += table({"Work", "Planned duct", "Promoter", "Street", "Overlap (first, last day)",
                       "Shared trench", "Saving"},
                      rows, {5, 6}, {19, 13, 16, 18, 14, 10, 10});
    }
    html += "<h3>Conflicts between street works (NRSWA s59 coordination)</h3>";
    if (data.oneDig.conflicts.empty()) {
        html += note("None.");
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& c : data.oneDig.conflicts) {
            rows.push_back({oneLine(c.workReferenceA), oneLine(c.workReferenceB),
                            txt(street(c.usrnA)), days(c.overlap),
                            num(std::to_string(c.overlap.days())), num(metres(c.distance))});
        }
        html += table(
            {"Work A", "Work B", "Street (A)", "Overlap (first, last day)", "Days", "Distance"},
            rows, {4, 5}, {19, 19, 26, 18, 7, 11});
    }
    html += "<h3>Planned ducts blocked by Section 58 restrictions</h3>";
    if (data.blocked.empty()) {
        html += note("None.");
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& b : data.blocked) {
            rows.push_back({oneLine(b.blocked.ductRef), oneLine(usrnText(b.blocked.usrn)),
                            txt(b.streetName), days(b.blocked.restriction),
                            num(metres(b.blocked.length))});
        }
        html += table({"Planned duct", "USRN", "Street", "Restriction (first, last day)", "Length"},
                      rows, {4}, {16, 12, 30, 28, 14});
    }
    html += "<h3>Last chances before Section 58 restrictions</h3>";
    html += note(
        "Each Section 58 restriction in force or proposed: the planned ducts that meet it must be "
        "dug before its first day or wait until after its last; the premises lacking gigabit "
        "within " +
        metres(data.oneDigDistance) + " of it wait with them.");
    if (data.oneDig.lastChances.empty()) {
        html += note("None.");
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& c : data.oneDig.lastChances) {
            std::string ducts;
            for (const auto& ref : c.ducts) {
                ducts += (ducts.empty() ? "" : ", ") + ref;
            }
            rows.push_back({oneLine(c.reference),
                            txt(c.streetName.empty() ? street(c.usrn) : c.streetName),
                            txt(c.status == "proposed" ? "proposed" : "in force"), days(c.days),
                            txt(ducts.empty() ? "none" : ducts),
                            num(fmt::format("{:.0f}", c.premisesLackingGigabit))});
        }
        html += table({"Restriction", "Street", "Status", "Restriction (first, last day)",
                       "Planned ducts meeting it", "Premises lacking gigabit"},
                      rows, {5}, {16, 20, 10, 20, 22, 12});
    }
    html += fmt::format(
        "<h3>Near misses per promoter pair</h3><p>Works, or a work and a planned duct, by "
        "different promoters within {} of each other, the later starting at most {} days after "
        "the earlier ends: the same street dug twice where one dig could have done.</p>",
        metres(data.oneDigDistance), data.oneDig.gapDays);
    if (data.oneDig.nearMissesByPromoters.empty()) {
        html += note("None.");
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& p : data.oneDig.nearMissesByPromoters) {
            rows.push_back({txt(p.promoterA.empty() ? "(unknown)" : p.promoterA),
                            txt(p.promoterB.empty() ? "(unknown)" : p.promoterB),
                            num(std::to_string(p.nearMisses))});
        }
        html += table({"Promoter", "Promoter", "Near misses"}, rows, {2}, {42, 42, 16});
    }
    return html;
}

std::string schedules(const ReportData& data) {
    std::string html = section(7, "Chamber and duct schedules");
    html += "<h3>Chambers</h3>";
    if (data.chambers.empty()) {
        html += note("The project has no chambers.");
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& c : data.chambers) {
            rows.push_back({oneLine(c.ref), oneLine(c.type), txt(c.owner), txt(c.status),
                            num(fmt::format("{:.2f}", c.x)), num(fmt::format("{:.2f}", c.y))});
        }
        html += table({"Ref", "Type", "Owner", "Status", "Easting", "Northing"}, rows, {4, 5},
                      {18, 10, 22, 14, 18, 18});
    }
    html += "<h3>Ducts</h3>";
    if (data.ducts.empty()) {
        html += note("The project has no ducts.");
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& d : data.ducts) {
            rows.push_back({oneLine(d.ref), txt(d.status), txt(d.surface), txt(d.owner),
                            num(metres(d.length)), oneLine(d.fromChamber), oneLine(d.toChamber)});
        }
        html += table({"Ref", "Status", "Surface", "Owner", "Length", "From", "To"}, rows, {4},
                      {15, 11, 13, 16, 13, 16, 16});
    }
    return html;
}

std::string method(const ReportData& data) {
    std::string html = section(8, "Method");
    html += fmt::format(
        "<p>All lengths and areas are computed in the project's projected CRS (EPSG:{}), in "
        "metres. Distances are Euclidean; a threshold is decided on the exact distance between "
        "the stored coordinates. Date ranges include both ends: ranges overlap when each starts "
        "on or before the other ends.</p>",
        data.srid);
    html +=
        "<ul>"
        "<li><b>Coverage.</b> Premises lacking gigabit = all premises × (1 − gigabit %/100), "
        "likewise for superfast and full fibre; below USO = all premises × below-USO %/100, "
        "summed over postcodes. Each postcode belongs to the ward whose polygon contains or "
        "touches it; on a shared border the ward with the lowest id; in none, unassigned.</li>"
        "<li><b>Area gap.</b> The district polygon minus the union of every hotspot's footprint "
        "(its radius as a regular 32-sided polygon, as GEOS and PostGIS buffer a point) and "
        "every mobile coverage polygon.</li>"
        "<li><b>Proposed build.</b> Planned and proposed ducts priced per metre by surface; a "
        "road crossing wherever such a duct crosses a road centreline; planned and proposed "
        "chambers; premises passed are those of postcodes within the stated distance of a "
        "planned or proposed duct.</li>"
        "<li><b>One Dig.</b> Opportunities: an active street work and a planned or proposed duct "
        "with a planned window, within the distance and overlapping in time. Shared trench: the "
        "length of the duct within the distance of the work; saving = shared trench × (the "
        "surface's open-cut rate − the shared-dig rate). Conflicts: two active street works "
        "within the distance and overlapping in time. Blocked: a planned duct meeting a Section "
        "58 or 58A restriction whose dates overlap its window; length is the duct's length "
        "inside an area restriction, or the whole duct for a street-line restriction.</li>"
        "</ul>";
    html += "<h3>Cost model</h3>";
    std::vector<std::vector<Cell>> rows;
    for (const auto& rate : data.costs.rates()) {
        rows.push_back({txt(rate.label), num(pounds(rate.pounds) + (rate.unit == "m" ? "/m" : "")),
                        txt(rate.source)});
    }
    html += table({"Rate", "Value", "Source"}, rows, {1}, {34, 12, 54});
    html += fmt::format("<p>Premises passed within {} of a planned duct.</p>",
                        metres(data.costs.premisesPassedDistance()));
    return html;
}

}  // namespace

std::string reportHtml(const ReportData& data, const ReportFigures& figures) {
    std::string html = fmt::format(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>{}</title><style>{}</style>"
        "</head><body>",
        escape("Gigabit district report — " + districtLabel(data)), kStyle);
    html += title(data);
    html += headline(data);
    html += wards(data, figures);
    html += maps(figures);
    html += build(data);
    html += oneDig(data);
    html += schedules(data);
    html += method(data);
    return html + "</body></html>";
}

}  // namespace gigamap::report
