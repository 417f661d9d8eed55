# Recommendation models of part 2: explicit MF, BPR, content-based, association rules.
target_sources(tailor_core PRIVATE
    recommend/biasedmf.h recommend/biasedmf.cpp
    recommend/bpr.h recommend/bpr.cpp
    recommend/contentrecommender.h recommend/contentrecommender.cpp
    recommend/associationrules.h recommend/associationrules.cpp
)
