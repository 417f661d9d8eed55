# Reports: content gathering, HTML and CSV writing, and the zip bundle (rendering is in ui/reports).
target_sources(tailor_core PRIVATE
    reports/reportcontent.h
    reports/reportbuilder.h reports/reportbuilder.cpp
    reports/reporthtml.h reports/reporthtml.cpp
    reports/reportcsv.h reports/reportcsv.cpp
    reports/reportbundle.h reports/reportbundle.cpp
)
