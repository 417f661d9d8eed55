target_sources(tailor_core PRIVATE
    recommend/interactiondata.h recommend/interactiondata.cpp
    recommend/recommender.h recommend/recommender.cpp
    recommend/datasplit.h recommend/datasplit.cpp
    recommend/rankingmetrics.h recommend/rankingmetrics.cpp
    recommend/evaluator.h recommend/evaluator.cpp
    recommend/popularity.h recommend/popularity.cpp
    recommend/itemknn.h recommend/itemknn.cpp
    recommend/userknn.h recommend/userknn.cpp
    recommend/ease.h recommend/ease.cpp
    recommend/implicitals.h recommend/implicitals.cpp
    recommend/hybrid.h recommend/hybrid.cpp
    recommend/recommendationstore.h recommend/recommendationstore.cpp
)
