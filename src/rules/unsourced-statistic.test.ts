import { describe, expect, it } from 'vitest';
import rule from './unsourced-statistic';
import { describeRule, shown } from '../../tests/unit/rule-harness';

describeRule(rule);

describe('unsourced-statistic', () => {
  it('is a warning on a corporate account and a note on a personal one', () => {
    const text = 'Crime in the town centre has fallen by 38% since the cameras went in.';
    expect(shown('unsourced-statistic', text, { account: 'corporate' })).toEqual(['warning "fallen by 38%"']);
    expect(shown('unsourced-statistic', text, { account: 'personal' })).toEqual(['info "fallen by 38%"']);
  });
  it('accepts a link in the next sentence of the same paragraph, not a distant one', () => {
    expect(shown('unsourced-statistic', 'Claims rose by 6% this year. Full release: https://example.gov.uk/stats', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Full breakdown: https://example.gov.uk/x\n\nNowhere in the country gets better value than Eastwick.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads money raised for a cause as the poster\'s own count, and a charge raised by a figure as a claim', () => {
    expect(shown('unsourced-statistic', 'Our finance team walked 40 miles on Sunday and raised £2,350 for the food bank.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Between us we raised just over £900 for the air ambulance.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Parking charges were raised by 20% and the car park is emptier for it.', { account: 'corporate' })).toHaveLength(1);
  });

  it('takes a closing "full report: link" as the source of the figures above it', () => {
    const text = 'Complaints handled this year: 1,204, down from 1,650 last year.\n\nThe full annual report is here: https://example.gov.uk/annual';
    expect(shown('unsourced-statistic', text, { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Complaints handled this year: 1,204, down from 1,650 last year.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads a scheduled change as a decision, not a finding', () => {
    expect(shown('unsourced-statistic', 'From 1 April the garden waste charge rises by 5%. Renew online.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Recycling rates have risen by 5% since the new bins came in.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads "one of the fastest-changing in Europe" as describing a place, "the fastest-growing in the region" as ranking it', () => {
    expect(shown('unsourced-statistic', 'Our coast is one of the fastest-changing in Europe, and the job is varied.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Ormsby is the fastest-growing town in the region.', { account: 'corporate' })).toHaveLength(1);
  });

  it('does not read "places most people never do" as a statistic', () => {
    expect(shown('unsourced-statistic', "As a ranger you'll see corners of the moor most people never do.", { account: 'corporate' })).toEqual([]);
  });

  it('takes the organisation\'s own counters as the source of a count', () => {
    expect(shown('unsourced-statistic', 'Our automatic counters recorded an average of 820 cycle trips a day on the new lane.', { account: 'corporate' })).toEqual([]);
  });

  it('does not read the tail of a figure or a year as "N in M"', () => {
    expect(shown('unsourced-statistic', 'Running costs for the depot were £61,200 in 2024/25, set out in the cabinet papers.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Three in four tenants now pay online.', { account: 'corporate' })).toHaveLength(1);
  });

  it('reads a charge on a condition as a price, not a finding', () => {
    expect(shown('unsourced-statistic', 'The fine is £90, reduced to £45 if paid within 14 days.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Fly-tipping costs have been cut to £2m, a record low.', { account: 'corporate' })).toHaveLength(1);
  });

  it('hears "at its lowest for a decade" as a record, and "our polling" as no published source', () => {
    expect(shown('unsourced-statistic', 'Knife crime in the borough is at its lowest for a decade.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('unsourced-statistic', 'Most residents back the new bin rules, according to our polling.', { account: 'corporate' })).toHaveLength(1);
    expect(shown('unsourced-statistic', 'Most residents back the new bin rules, according to our polling published today: https://example.gov.uk/poll', { account: 'corporate' })).toEqual([]);
  });

  it('hears trends and forecasts stated without their figures', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('unsourced-statistic', 'Only a tiny number of people were caught up in the outage.', corporate)).toHaveLength(1);
    expect(shown('unsourced-statistic', 'The number of school places in the county has risen, not fallen.', corporate)).toHaveLength(1);
    expect(shown('unsourced-statistic', 'The new bridge remains on budget.', corporate)).toHaveLength(1);
    expect(shown('unsourced-statistic', 'The delay will add £250,000 to the cost of the scheme.', corporate)).toHaveLength(1);
    expect(shown('unsourced-statistic', '@resident Without the rise, 90 respite places would have to be cut.', corporate, { kind: 'reply' })).toHaveLength(1);
    expect(shown('unsourced-statistic', '@resident We are still answering 85% of calls within a minute.', corporate, { kind: 'reply' })).toHaveLength(1);
  });

  it('takes a survey that found it, a report published on the website, or a consultation\'s link as the source', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('unsourced-statistic', 'The survey, carried out by independent engineers in May, found that the bank has moved by an average of 3.1 metres.', corporate)).toEqual([]);
    expect(shown('unsourced-statistic', 'Footfall has fallen by a third since 2022. The full study is published on our website.', corporate)).toEqual([]);
    expect(shown('unsourced-statistic', 'The centre has 40 places and an average of 12 are used.\n\nThe consultation closes on 2 May: https://example.gov.uk/have-your-say', corporate)).toEqual([]);
  });

  it('reads a proposed tax or charge rise as a decision, not a finding', () => {
    expect(shown('unsourced-statistic', 'If most people vote yes, the 8% increase in council tax applies from April.', { account: 'corporate' })).toEqual([]);
  });

  it('takes a consultation\'s closing link on its own line as the source', () => {
    const text = 'Over five years the number of pupils at both schools has fallen.\n\nThe consultation closes on 6 March. Every response will be read.\n\nhttps://example.gov.uk/schools-consultation';
    expect(shown('unsourced-statistic', text, { account: 'corporate' })).toEqual([]);
  });

  it('takes the consultation\'s full proposals as the source, and a trend given with its figures as sourced enough', () => {
    const corporate = { account: 'corporate' as const };
    expect(shown('unsourced-statistic', 'Running the zones costs around £300,000 a year.\n\nRead the full proposals and respond by 20 March: https://example.gov.uk/permits', corporate)).toEqual([]);
    expect(shown('unsourced-statistic', 'The number of people using the centre has fallen from 60 to 25 since 2019.', corporate)).toEqual([]);
  });
  it('does not read the price of something the organisation sells as a claim', () => {
    expect(shown('unsourced-statistic', 'A season ticket for the park and ride will cost £120 a year from April.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Fly-tipping costs the borough £2 million a year.', { account: 'corporate' })).not.toEqual([]);
  });
  it('hears a money projection and a claim to be first', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('unsourced-statistic', 'Leasing the old depot will raise £900,000 for the youth service.', corp)).not.toEqual([]);
    expect(shown('unsourced-statistic', 'Free bike repairs at every library from May. A first for Scotland!', corp)).not.toEqual([]);
    expect(shown('unsourced-statistic', 'Leasing the old depot will raise £900,000 for the youth service: https://example.gov.uk/depot-lease', corp)).toEqual([]);
  });
  it('does not read where every polling station is as a claim', () => {
    expect(shown('unsourced-statistic', 'The location of every polling station in the county is on our website.', { account: 'corporate' })).toEqual([]);
  });
  it('hears the size of a budget gap, and not how repayments work', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('unsourced-statistic', 'Closing the museum on Mondays is the sensible choice for a council facing a £6m funding gap.', corp)).not.toEqual([]);
    expect(shown('unsourced-statistic', 'Repayments come out of your pay, so most people never have to do anything themselves.', corp)).toEqual([]);
  });
  it('counts a report linked below as the source', () => {
    expect(shown('unsourced-statistic', 'Running the depot costs about £300,000 a year. The figures are in the committee report linked below.', { account: 'corporate' })).toEqual([]);
  });
  it('hears what "most residents" think said for them, and money brought into an economy', () => {
    const corp = { account: 'corporate' as const };
    expect(shown('unsourced-statistic', 'Closing the ticket office is the right call, and most passengers privately agree.', corp)).not.toEqual([]);
    expect(shown('unsourced-statistic', 'The food festival brought £1.8 million into the local economy.', corp)).not.toEqual([]);
  });
  it('counts "the options, with the costs and figures behind them, are here" as the source', () => {
    expect(shown('unsourced-statistic', 'Costs for the halls have risen sharply.\n\nThe options, with the costs and attendance figures behind them, are here: https://example.gov.uk/halls', { account: 'corporate' })).toEqual([]);
  });
  it('hears support claimed for "most of our members" and "the overwhelming majority", and a hole of a size', () => {
    expect(shown('unsourced-statistic', 'Closing the Thursday clinic was the right call, and most of our members agree.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('unsourced-statistic', 'The new charges are backed by the overwhelming majority of the sector.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('unsourced-statistic', 'Dropping the scheme would leave a £4m hole in next year\'s budget.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads the pay in a job advert as the offer, not a finding', () => {
    expect(shown('unsourced-statistic', "We're recruiting two trainee surveyors. The post pays £23,400 in year one, rising each year as you qualify. Apply by 3 May.", { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Visitor numbers at the lido are rising every year.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads a collection "on show for the first time in twenty years" as the organisation\'s own record', () => {
    expect(shown('unsourced-statistic', 'The Edwardian trams are on show for the first time in thirty years this weekend.', { account: 'corporate' })).toEqual([]);
    expect(shown('unsourced-statistic', 'Crime in the town centre has fallen for the first time in ten years.', { account: 'corporate' })).not.toEqual([]);
  });
  it('reads a threshold in a condition as a rule, not a finding', () => {
    expect(shown('unsourced-statistic', 'If your income has fallen by 20% or more since last year, you can ask us to reassess your grant.', { account: 'corporate' })).toEqual([]);
  });

  it('hears an effect stated as a general truth ("halves for"), not "doubles as"', () => {
    expect(shown('unsourced-statistic', 'Truancy halves for pupils who join our breakfast club.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('unsourced-statistic', 'The sports hall doubles as a polling station on Thursday.', { account: 'corporate' })).toEqual([]);
  });

  it('takes "We publish every result: <link>" at the end of an explainer as the source', () => {
    const text = 'Estuary testing: where we are\n\nSince March, almost 40 people have been confirmed ill after eating mussels from the estuary.\n\nWhat happens next? We test every week until the levels fall.\n\nWe publish every result: https://example.gov.uk/estuary';
    expect(shown('unsourced-statistic', text, { account: 'corporate' })).toEqual([]);
  });
  it('hears use counted to argue a case and records "in a decade", not a plain count', () => {
    expect(shown('unsourced-statistic', 'The late bus is being withdrawn. Fewer than ten passengers a day were using it.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('unsourced-statistic', 'Schools here have just had the biggest funding rise in a decade.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('unsourced-statistic', 'The ferry costs us more per journey than any other service we run.', { account: 'corporate' })).not.toEqual([]);
    expect(shown('unsourced-statistic', "The minister visited the museum's learning team, which reaches 2,000 pupils a year.", { account: 'corporate' })).toEqual([]);
  });
});
