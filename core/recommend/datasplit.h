#pragma once

#include "recommend/interactiondata.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

/**
 * Training and test events for offline evaluation, built from one InteractionData.
 * Events keep the data's user and item indexes.
 */
class DataSplit
{
    Q_DECLARE_TR_FUNCTIONS(DataSplit)
public:
    std::vector<Interaction> train;
    std::vector<Interaction> test;

    /**
     * Per user, a seeded random @p testFraction of the events is held out: the user keeps
     * round((1 - f) * n) events (at least 1) in training and at least 1 goes to test.
     * Users with fewer than 2 events stay all in training. Deterministic for a seed.
     */
    static DataSplit userRandom(const InteractionData &data, double testFraction, quint64 seed);

    /** Events before @p cutoff (seconds since the epoch) train, events on or after it test. */
    static DataSplit byTime(const InteractionData &data, qint64 cutoff);

    /**
     * The test events come from a file of `user item [value [time]]` lines separated by a tab,
     * a comma or "::" (MovieLens u1.test, ratings.dat; .gz is read too); the users and items
     * are customer keys and SKUs of @p data. Training holds the data's other events (the pairs
     * of the file are removed). Lines with unknown users or items are skipped and counted in
     * @p skipped. nullopt with @p error when the file cannot be read or matches nothing.
     */
    static std::optional<DataSplit> fromTestFile(const InteractionData &data, const QString &path,
                                                 QString *error, int *skipped = nullptr);

    /**
     * Parses "user-random:0.25", "time:2011-11-01" or "test-file:PATH" and splits @p data.
     * nullopt with @p error for a bad specification or file.
     */
    static std::optional<DataSplit> fromSpec(const InteractionData &data, const QString &spec, quint64 seed,
                                             QString *error);
};
