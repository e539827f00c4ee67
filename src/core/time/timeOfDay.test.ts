import { minutesOfFraction, minutesOfText } from './timeOfDay';

describe('minutesOfText', () => {
  it.each([
    ['8', 480],
    ['08', 480],
    ['8:30', 510],
    ['08h30', 510],
    ['8H30', 510],
    ['8.30', 510],
    ['8h', 480],
    ['0830', 510],
    ['1730', 1050],
    ['17:30', 1050],
    ['0', 0],
    ['24:00', 1440],
    ['24', 1440],
    ['12am', 0],
    ['12 pm', 720],
    ['6pm', 1080],
    ['6 p.m.', 1080],
    ['9:15 AM', 555],
  ])('%j is %i minutes', (text, minutes) => {
    expect(minutesOfText(text)).toBe(minutes);
  });

  it.each(['25', '24:30', '8:60', '8:5', '13pm', '0am', 'noon', '', '12345'])('%j is not a time', (text) => {
    expect(minutesOfText(text)).toBeUndefined();
  });
});

describe('minutesOfFraction', () => {
  it('rounds Excel times to the minute and refuses what is not a time of day', () => {
    expect(minutesOfFraction(0.5)).toBe(720);
    expect(minutesOfFraction(17 / 24 - 1e-10)).toBe(1020);
    expect(minutesOfFraction(1)).toBe(1440);
    expect(minutesOfFraction(-0.1)).toBeUndefined();
    expect(minutesOfFraction(1.2)).toBeUndefined();
    expect(minutesOfFraction(NaN)).toBeUndefined();
  });
});
