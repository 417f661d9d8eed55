target_sources(tailor_core PRIVATE
    experiments/statistics.h experiments/statistics.cpp
    experiments/poweranalysis.h experiments/poweranalysis.cpp
    experiments/experimentanalysis.h experiments/experimentanalysis.cpp
    experiments/experimentverdict.h experiments/experimentverdict.cpp
    experiments/experimentdesign.h experiments/experimentdesign.cpp
    experiments/experimentstore.h experiments/experimentstore.cpp
    experiments/experimentcolumns.h experiments/experimentcolumns.cpp
)
