#pragma once

#include "recommend/recommender.h"

#include <QCoreApplication>
#include <QHash>

/**
 * Content-based recommender ("content"): TF-IDF vectors of the product texts
 * (name and category from TrainingSet::data) and cosine similarity to a user profile.
 *
 * - Document of item i: tokenize(productNames[i] + " " + categories[i]).
 * - tf(t, d) = number of times term t occurs in document d (raw count).
 * - idf(t) = ln((1 + N) / (1 + df(t))) + 1, N = number of items, df(t) = items whose
 *   document contains t (the "smooth" idf, so a term in every document keeps weight 1).
 * - w(t, d) = tf(t, d) * idf(t); each item vector is then divided by its L2 norm
 *   (an item without terms keeps a zero vector).
 * - User profile = sum over the user's training items j of value(u, j) * v_j;
 *   score(u, i) = cos(profile, v_i) = v_i . profile / |profile|.
 *
 * Items need no events: a product that nobody bought still gets a vector and a score
 * (cold start). Options: none. Thread-safe after fit().
 */
class ContentRecommender : public Recommender
{
    Q_DECLARE_TR_FUNCTIONS(ContentRecommender)
public:
    explicit ContentRecommender(const QVariantMap &options = {});

    QString name() const override { return QStringLiteral("content"); }
    bool fit(const TrainingSet &train, ProgressReporter &progress, QString *error) override;
    void scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const override;
    /** The user's items with the highest cosine to @p item, best first (positive only). */
    std::vector<Contribution> explain(int user, int item, int max) const override;

    /**
     * Splits @p text into terms: runs of letters and digits, lower-cased; a run of
     * one character or of digits only is dropped. Runs of CJK characters (Han, Hiragana,
     * Katakana, Hangul) become overlapping character bigrams ("机器学习" -> 机器, 器学, 学习);
     * a CJK run of a single character is kept as one term, since it is a word there.
     */
    static QStringList tokenize(const QString &text);

    /** Index of @p term in the vocabulary, -1 when unknown. */
    int termIndex(const QString &term) const { return m_terms.value(term, -1); }
    int termCount() const { return int(m_terms.size()); }
    /** idf of vocabulary term @p term (see the class comment). */
    float idf(int term) const { return m_idf[term]; }
    /** L2-normalized TF-IDF weight of @p term in @p item's vector. */
    float weight(int item, int term) const { return m_itemTerms.coeff(item, term); }
    /** Cosine of two items' vectors. */
    float similarity(int a, int b) const;

private:
    QHash<QString, int> m_terms;
    Eigen::VectorXf m_idf;
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_itemTerms;   ///< items x terms, rows of norm 1 (or 0)
    Eigen::SparseMatrix<float, Eigen::RowMajor> m_userItem;    ///< training values, for profiles
};
