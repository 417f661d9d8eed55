#include "experimentresultsmodel.h"

#include "experiments/experimentverdict.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

void ExperimentResultsModel::setResult(const AnalysisResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ExperimentResultsModel::clear()
{
    setResult(AnalysisResult());
}

int ExperimentResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.arms.size());
}

int ExperimentResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Comparison *ExperimentResultsModel::comparisonFor(int row) const
{
    const QString &name = m_result.arms.at(row).name;
    for (const Comparison &c : m_result.comparisons) {
        if (c.arm == name)
            return &c;
    }
    return nullptr;
}

QVariant ExperimentResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.arms.size())
        return {};
    const ArmResult &arm = m_result.arms.at(index.row());
    const Comparison *c = comparisonFor(index.row());
    const QLocale locale;
    const bool rate = m_result.isRate;
    const auto value = [&](double v) {
        return rate ? QStringLiteral("%1%").arg(locale.toString(v * 100.0, 'f', 2)) : locale.toString(v, 'f', 3);
    };
    const auto signedNumber = [&](double v) {
        const QString text = rate ? locale.toString(v * 100.0, 'f', 2) : locale.toString(v, 'f', 3);
        return v > 0 ? QStringLiteral("+") + text : text;
    };
    const auto signedValue = [&](double v) { return rate ? tr("%1 pts").arg(signedNumber(v)) : signedNumber(v); };
    const auto interval = [&](double lo, double hi, auto format) {
        return tr("%1 to %2").arg(format(lo), format(hi));
    };
    const auto percent = [&](double v) {
        const QString text = QStringLiteral("%1%").arg(locale.toString(v * 100.0, 'f', 1));
        return v > 0 ? QStringLiteral("+") + text : text;
    };
    const auto pValue = [&](double p) {
        return p < 0.001 ? QStringLiteral("< %1").arg(locale.toString(0.001, 'f', 3)) : locale.toString(p, 'f', 3);
    };

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ArmColumn:
            if (arm.isControl)
                return tr("%1 (control)").arg(arm.name);
            return arm.isHoldout ? tr("%1 (holdout)").arg(arm.name) : arm.name;
        case CustomersColumn: return locale.toString(arm.n);
        case MeanColumn: return rate ? QStringLiteral("%1%").arg(locale.toString(arm.mean * 100.0, 'f', 3))
                                     : locale.toString(arm.mean, 'f', 4);
        case MeanCiColumn: return interval(arm.ciLow, arm.ciHigh, value);
        default: break;
        }
        if (!c)
            return arm.isControl ? QVariant(QStringLiteral("—")) : QVariant();
        switch (index.column()) {
        case DiffColumn: return signedValue(c->diff);
        case DiffCiColumn: return interval(c->ciLow, c->ciHigh, signedNumber);
        case LiftColumn: return percent(c->relativeLift);
        case LiftCiColumn: return interval(c->liftCiLow, c->liftCiHigh, percent);
        case PColumn: return pValue(c->pValue);
        case AdjustedPColumn: return pValue(c->pAdjusted);
        case ChanceColumn:
            if (c->chanceToBeat > 0.999)
                return QStringLiteral("> %1%").arg(locale.toString(99.9, 'f', 1));
            if (c->chanceToBeat < 0.001)
                return QStringLiteral("< %1%").arg(locale.toString(0.1, 'f', 1));
            return QStringLiteral("%1%").arg(locale.toString(c->chanceToBeat * 100.0, 'f', 1));
        case LossColumn: return value(c->expectedLoss);
        default: return {};
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case ArmColumn: return arm.name;
        case CustomersColumn: return arm.n;
        case MeanColumn: return arm.mean;
        case MeanCiColumn: return QVariantList{arm.ciLow, arm.ciHigh};
        default: break;
        }
        if (!c)
            return {};
        switch (index.column()) {
        case DiffColumn: return c->diff;
        case DiffCiColumn: return QVariantList{c->ciLow, c->ciHigh};
        case LiftColumn: return c->relativeLift;
        case LiftCiColumn: return QVariantList{c->liftCiLow, c->liftCiHigh};
        case PColumn: return c->pValue;
        case AdjustedPColumn: return c->pAdjusted;
        case ChanceColumn: return c->chanceToBeat;
        case LossColumn: return c->expectedLoss;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == ArmColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == ArmColumn && arm.isControl) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && c && index.column() == AdjustedPColumn
        && c->pAdjusted < 1.0 - m_result.confidence)
        return QBrush(c->diff > 0 ? QColor(0x2b, 0x8a, 0x3e) : QColor(0xc9, 0x2a, 0x2a));
    if (role == Qt::ToolTipRole && c) {
        if (index.column() == ChanceColumn)
            return tr("Posterior probability that %1 beats the control (Beta(1, 1) priors for rates).").arg(arm.name);
        if (index.column() == LossColumn)
            return tr("Expected loss of choosing %1 if it is in fact worse than the control.").arg(arm.name);
        if (index.column() == AdjustedPColumn)
            return tr("p-value adjusted for %n comparison(s).", nullptr, int(m_result.comparisons.size()));
    }
    return {};
}

QVariant ExperimentResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int level = qRound(m_result.confidence * 100);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ArmColumn: return tr("Arm");
        case CustomersColumn: return tr("Customers");
        case MeanColumn: return m_result.isRate ? tr("Rate") : tr("Mean");
        case MeanCiColumn: return tr("%1% CI").arg(level);
        case DiffColumn: return tr("Difference");
        case DiffCiColumn: return tr("Diff. %1% CI").arg(level);
        case LiftColumn: return tr("Lift");
        case LiftCiColumn: return tr("Lift %1% CI").arg(level);
        case PColumn: return tr("p-value");
        case AdjustedPColumn: return tr("Adjusted p");
        case ChanceColumn: return tr("P(beats control)");
        case LossColumn: return tr("Expected loss");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DiffColumn: return tr("Variant minus control, absolute (percentage points for rates).");
        case DiffCiColumn: return tr("Confidence interval of the difference (percentage points for rates).");
        case ChanceColumn: return tr("Chance to beat the control: the posterior probability that the arm is better.");
        case LiftColumn: return tr("Difference relative to the control's mean.");
        case PColumn: return m_result.isRate ? tr("Two-proportion z-test, two-sided.") : tr("Welch t-test, two-sided.");
        default: return {};
        }
    }
    return {};
}
