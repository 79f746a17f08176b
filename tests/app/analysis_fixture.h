#pragma once

#include "map_fixture.h"
#include "window/main_window.h"

namespace gigamap::test {

// The map fixture with what the analyses need: a district over the ward, a
// hotspot of radius 100 m at (500, 500), planned duct D2 dated March 2026 on
// USRN 100, street works W1 (a line 5 m from D2, 10–20 March) and W2 (a point
// 8 m from D2, 15 March – 2 April) on USRN 100 "Castle Hill", W3 far away in
// May on USRN 200 "Penny Street", and a Section 58 restriction over D2. The
// window opens it for editing.
class AnalysisFixture : public MapFixture {
protected:
    AnalysisFixture();
    void SetUp() override;

    desktop::MainWindow window_;
};

}  // namespace gigamap::test
