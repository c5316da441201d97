// How a colour looks to a reader with dichromatic colour vision, by the model
// of Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for
// Simulation of Color Vision Deficiency", IEEE TVCG 15(6), at severity 1.0
// (protanopia: no L cones; deuteranopia: no M cones; together about 2% of
// men). Their matrices apply to linear RGB.
import { fromLinear, type Rgb, toLinear } from './colour';

export type Deficiency = 'protanopia' | 'deuteranopia';

type Matrix = readonly [readonly [number, number, number], readonly [number, number, number], readonly [number, number, number]];

const MACHADO: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

export function simulate(colour: Rgb, deficiency: Deficiency): Rgb {
  const v = [toLinear(colour.r), toLinear(colour.g), toLinear(colour.b)] as const;
  const [r, g, b] = MACHADO[deficiency].map((row) => fromLinear(row[0] * v[0] + row[1] * v[1] + row[2] * v[2])) as [number, number, number];
  return { r, g, b };
}
