import type { ReactNode } from 'react';
import './Tooltip.css';

interface TooltipProps {
  id?: string;
  /** Anchor point in px, relative to the positioned container the tooltip sits in. */
  x: number;
  y: number;
  /** The container's size: the tooltip opens towards the side with more room. */
  containerWidth: number;
  containerHeight: number;
  children: ReactNode;
}

const OFFSET = 14;

/** A tooltip beside a point, flipped so it stays inside its container. */
export function Tooltip({ id, x, y, containerWidth, containerHeight, children }: TooltipProps) {
  const left = x > containerWidth * 0.6;
  const up = y > containerHeight * 0.55;
  const transform = `translate(${left ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`}, ${up ? `calc(-100% - ${OFFSET}px)` : `${OFFSET}px`})`;
  return (
    <div id={id} role="tooltip" className="tooltip" style={{ left: x, top: y, transform }}>
      {children}
    </div>
  );
}
