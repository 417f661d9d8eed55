# Recommendations: the page (evaluate, generate, frequently bought together), its chart and models.
target_sources(tailor_ui PRIVATE
    pages/recommendationspage.h pages/recommendationspage.cpp
    charts/metricsbarchart.h charts/metricsbarchart.cpp
    models/recommendmetricsmodel.h models/recommendmetricsmodel.cpp
    models/recommendrulesmodel.h models/recommendrulesmodel.cpp
)
