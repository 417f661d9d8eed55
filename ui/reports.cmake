# Reports: chart rendering, the PDF and the bundle export (needs QtGui), and the Reports page.
target_sources(tailor_ui PRIVATE
    reports/reportchartpainter.h reports/reportchartpainter.cpp
    reports/reportexporter.h reports/reportexporter.cpp
    pages/reportspage.h pages/reportspage.cpp
)
