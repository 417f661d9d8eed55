#include "recommend/contentrecommender.h"

#include "jobs/progressreporter.h"

#include <algorithm>
#include <cmath>

namespace {

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

void flushWord(std::u32string &run, QStringList &terms)
{
    if (run.size() >= 2) {
        const bool digitsOnly = std::all_of(run.begin(), run.end(), [](char32_t c) { return QChar::isDigit(c); });
        if (!digitsOnly)
            terms.append(QString::fromUcs4(run.data(), qsizetype(run.size())).toLower());
    }
    run.clear();
}

void flushCjk(std::u32string &run, QStringList &terms)
{
    if (run.size() == 1) {
        terms.append(QString::fromUcs4(run.data(), 1));
    } else {
        for (size_t k = 0; k + 1 < run.size(); ++k)
            terms.append(QString::fromUcs4(run.data() + k, 2));
    }
    run.clear();
}

} // namespace

ContentRecommender::ContentRecommender(const QVariantMap &options)
{
    Q_UNUSED(options);
}

QStringList ContentRecommender::tokenize(const QString &text)
{
    QStringList terms;
    std::u32string word;
    std::u32string cjk;
    const QList<uint> codes = text.toUcs4();
    for (uint code : codes) {
        const char32_t c = char32_t(code);
        if (isCjk(c)) {
            flushWord(word, terms);
            cjk.push_back(c);
        } else if (isWordChar(c)) {
            if (!cjk.empty())
                flushCjk(cjk, terms);
            word.push_back(c);
        } else {
            flushWord(word, terms);
            if (!cjk.empty())
                flushCjk(cjk, terms);
        }
    }
    flushWord(word, terms);
    if (!cjk.empty())
        flushCjk(cjk, terms);
    return terms;
}

bool ContentRecommender::fit(const TrainingSet &train, ProgressReporter &progress, QString *error)
{
    if (error)
        error->clear();
    const InteractionData *data = train.data;
    const int items = int(train.userItem.cols());
    if (!data) {
        if (error)
            *error = tr("The content recommender needs the product names and categories; none were given.");
        return false;
    }
    if (items == 0) {
        if (error)
            *error = tr("The content recommender needs at least one product.");
        return false;
    }

    // Term counts per item.
    m_terms.clear();
    std::vector<std::vector<std::pair<int, float>>> counts(static_cast<size_t>(items));
    std::vector<int> df;
    bool anyTerm = false;
    progress.setRange(items);
    for (int i = 0; i < items; ++i) {
        QString text;
        if (i < data->productNames.size())
            text = data->productNames[i];
        if (i < data->categories.size())
            text += QLatin1Char(' ') + data->categories[i];
        QHash<int, int> local;
        for (const QString &term : tokenize(text)) {
            auto it = m_terms.constFind(term);
            int index;
            if (it == m_terms.constEnd()) {
                index = int(m_terms.size());
                m_terms.insert(term, index);
                df.push_back(0);
            } else {
                index = it.value();
            }
            ++local[index];
        }
        for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
            counts[size_t(i)].emplace_back(it.key(), float(it.value()));
            ++df[size_t(it.key())];
            anyTerm = true;
        }
        if (i % 4096 == 0) {
            if (progress.isCancelled())
                return false;
            progress.setValue(i);
        }
    }
    if (!anyTerm) {
        if (error)
            *error = tr("The content recommender found no words in the product names and categories.");
        return false;
    }

    const int terms = int(m_terms.size());
    m_idf.resize(terms);
    for (int t = 0; t < terms; ++t)
        m_idf[t] = float(std::log((1.0 + items) / (1.0 + df[size_t(t)])) + 1.0);

    std::vector<Eigen::Triplet<float>> triplets;
    for (int i = 0; i < items; ++i) {
        double norm = 0;
        for (auto &[t, tf] : counts[size_t(i)]) {
            tf *= m_idf[t];
            norm += double(tf) * tf;
        }
        norm = std::sqrt(norm);
        for (const auto &[t, w] : counts[size_t(i)])
            triplets.emplace_back(i, t, float(w / norm));
    }
    m_itemTerms.resize(items, terms);
    m_itemTerms.setFromTriplets(triplets.begin(), triplets.end());
    m_userItem = train.userItem;
    progress.setValue(items);
    return true;
}

void ContentRecommender::scoreUser(int user, Eigen::Ref<Eigen::VectorXf> scores) const
{
    scores.setZero();
    if (user < 0 || user >= m_userItem.rows())
        return;
    Eigen::VectorXf profile = Eigen::VectorXf::Zero(m_itemTerms.cols());
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_userItem, user); it; ++it) {
        if (it.col() >= m_itemTerms.rows())
            continue;
        for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator t(m_itemTerms, it.col()); t; ++t)
            profile[t.col()] += it.value() * t.value();
    }
    const float norm = profile.norm();
    if (norm <= 0)
        return;
    const Eigen::Index items = std::min<Eigen::Index>(scores.size(), m_itemTerms.rows());
    scores.head(items) = (m_itemTerms.topRows(items) * profile) / norm;
}

float ContentRecommender::similarity(int a, int b) const
{
    if (a < 0 || b < 0 || a >= m_itemTerms.rows() || b >= m_itemTerms.rows())
        return 0.0f;
    return m_itemTerms.row(a).dot(m_itemTerms.row(b));
}

std::vector<Contribution> ContentRecommender::explain(int user, int item, int max) const
{
    std::vector<Contribution> result;
    if (max <= 0 || user < 0 || user >= m_userItem.rows())
        return result;
    for (Eigen::SparseMatrix<float, Eigen::RowMajor>::InnerIterator it(m_userItem, user); it; ++it) {
        const int j = int(it.col());
        if (j == item)
            continue;
        const float weight = similarity(j, item);
        if (weight > 0)
            result.push_back({j, weight, QString()});
    }
    std::sort(result.begin(), result.end(), [](const Contribution &a, const Contribution &b) {
        return a.weight > b.weight || (a.weight == b.weight && a.item < b.item);
    });
    if (int(result.size()) > max)
        result.resize(size_t(max));
    return result;
}
